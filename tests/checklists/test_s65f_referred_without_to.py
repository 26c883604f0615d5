"""A referral that names the care straight after it, with no "to", sends the patient to it
(LMRI-003: six weeks of conservative care had). "Referred PT 2x/wk x 6 wk" read as six weeks of
PT had, counted back from its note (s65-f: GS/work-rehab-03's "Referred PT 2x/wk x 6 wk" in a
1/12 note was PT from 12/1); "Referred to PT x 6 wks" was already read as ordered. The rest of
the sentence past a cut in the statement may say the care was had ("Referred PT x 8 wks -
completed, no relief")."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _lumbar(text: str) -> str:
    return status(record("72148", _note("n1", "2026-02-20", text)), "LMRI-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "LBP. Referred PT 2x/wk x 6 wk.",
        "LBP x 3 mo. Referral: PT x 8 wks.",
        "low back pain - ref'd PT x 8wks",
        "Lumbar radic. Referred chiro x 8 wks.",
        "LBP radiating to L leg since 10/2025. Referred physio 2x/wk x 8 weeks.",
        "LBP. Referred PT x 8 wks.\nCompleted all of it? Pt unsure.",
    ],
)
def test_care_named_right_after_a_referral_is_still_to_come(text: str) -> None:
    assert _lumbar(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "LBP. Referred PT x 8 wks - completed, no relief.",
        "LBP. Referred to PT x 8 wks - completed, no relief.",
        "LBP. PT x 8 wks, referred ortho.",
        "LBP. Pt referred PT by PCP, did PT x 8 wks without relief.",
        "LBP. Referred by PCP. PT x 8 wks, no relief.",
    ],
)
def test_care_had_beside_a_referral_still_counts(text: str) -> None:
    assert _lumbar(text) == "met", text
