"""Lumbar MRI's follow-up exam (LMRI-004) after a visit that ordered care in a note with no Plan
heading (blind wave 43): a one-paragraph note reads "... Refer PT. ..." and the next visit,
a follow-up, examines the back. The referral is the earlier visit's order whether it sits under
"Plan:" or in the narrative, and it stays that visit's order when the patient later never went:
the exam after it is a follow-up. An earlier note that orders nothing still begins no care."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_LATER = _note(
    "n2", "2026-05-12",
    "LBP follow-up. Did not go to PT, could not get an appointment. Pain 5/10.\n"
    "Exam: lumbar paraspinal tenderness, SLR negative bilat, strength 5/5, DTR 2+ symmetric.\n"
    "Plan: MRI L-spine.",
)  # fmt: skip


def _follow_up(earlier: str) -> str:
    bundle = record(
        "72148", _note("n1", "2026-04-06", earlier), _LATER, reason="M54.50",
        order={"authoredOn": "2026-05-12", "occurrenceDateTime": "2026-05-26"},
    )  # fmt: skip
    return status(bundle, "LMRI-004", as_of=date(2026, 5, 18))["status"]


@pytest.mark.parametrize(
    "earlier",
    [
        "Low back pain x 2 wks after gardening, no leg symptoms. Refer PT. Heat prn.",
        "LBP since last month, worse bending. Rx naproxen 500 mg BID. RTC 6 wks.",
        "LBP since last month, worse bending. Start PT 2x/wk for the low back.",
        "LBP 3 wks, no red flags. Start meloxicam 15 mg daily for the back.",
    ],
)
def test_an_order_in_the_narrative_began_care(earlier: str) -> None:
    assert _follow_up(earlier) == "met", earlier


def test_a_visit_that_ordered_nothing_began_no_care() -> None:
    assert _follow_up("Low back pain x 2 wks after gardening, no leg symptoms.") == "partial"
