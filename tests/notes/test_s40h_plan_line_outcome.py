"""A plan-section line that tells its care's outcome in the words ConText reads as one ("no
change", "no better", "no help") reports care had, not care planned (blind wave 43, FG/lmri-01:
a follow-up opening "Follow-up: 3 wks chiropractic (Jan) then 4 wks PT (Feb-Mar 6) + ibuprofen -
no change." was read under the plan heading "Follow-up", so seven weeks of care counted as none).

A plan that keeps things as they are ("no change in meds", "no change to the plan") stays a plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 5, 20))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "said",
    [
        "Follow-up:\nSix visits of physical therapy in April, no change.",
        "Plan: physical therapy 2x/wk x 4 wks - no better; MRI.",
        "A/P: Sciatica. Physical therapy x 5 wks, no real change.",
        "Follow up: physical therapy 8 sessions - no help.",
    ],
)
def test_care_told_with_its_outcome_was_had(said: str) -> None:
    assert _asserted(said, "physical-therapy")


@pytest.mark.parametrize(
    "said",
    [
        "Plan: physical therapy 2x/wk x 6 wks, no change in meds.",
        "Follow-up: physical therapy referral; no change to work status.",
    ],
)
def test_a_plan_that_changes_nothing_else_is_still_a_plan(said: str) -> None:
    assert not _asserted(said, "physical-therapy")
