"""A plan conditional on the course of the care under way or of the symptoms waits on the
therapy's outcome, not on what the study shows (brief s72-w6, item 2: "if no improvement with
PT, will refer" was read as a plan the imaging result decides). A condition that names the study
or its result stays such a plan, and so does one whose step is the imaging itself ("If
mechanical sx persist -> MRI", counted by IF/imaging-other-03's label).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _decided(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 6, 18))])
    return any(f.concept == "decision-dependent" and f.asserted for f in found)


@pytest.mark.parametrize(
    "plan",
    [
        "If no improvement with PT, will refer to ortho.",
        "if no improvement w/ PT will refer to spine surgery",
        "If sx persist after 6 wks PT -> ESI.",
        "If not better w/ PT -> pain mgmt referral.",
        "If fails conservative tx, surgical consult.",
        "If pain continues despite NSAIDs, will consider CSI.",
        "If still symptomatic after injection, refer NSGY.",
        "If PT does not help, then surgery eval.",
        "If worse, will refer to spine.",
    ],
)
def test_a_plan_on_the_course_of_care_is_no_decision_on_the_result(plan: str) -> None:
    assert not _decided(f"A/P: L4-5 disc herniation, MRI L-spine ordered. {plan}")


@pytest.mark.parametrize(
    "plan",
    [
        "If mechanical sx persist -> MRI.",
        "If no improvement in 4 wks, will obtain MRI.",
        "If HNP, will refer to spine surgery.",
        "If MRI neg and no better with PT, refer to pain mgmt.",
        "If no improvement with PT and MRI shows HNP, will refer to surgery.",
        "If tear persists on MRI -> arthroscopy.",
        "If stenosis -> ESI; if no stenosis continue PT.",
    ],
)
def test_a_plan_on_the_study_or_for_it_stays(plan: str) -> None:
    assert _decided(f"A/P: L4-5 disc herniation, MRI L-spine ordered. {plan}")
