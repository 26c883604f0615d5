"""A speech plan of care whose heading numbers its measured targets, and a child who
communicates only by a substitute for words (blind wave 89, MC/therapy-speech-language-01..03).

"POC 3/12-6/10/26: 1) use SGD to request needs 90%; 2) ...; 3) .... 2x/wk x 12 wks." sets the
plan's goals without the word "goal": only a goal graded elsewhere in the note ("Goal 2-step
directions not met") was read, so SLP-004 flagged a signed, dated plan missing. A heading that
grades an old plan ("Progress since 7/2025 POC: 1) ...") or reports one reviewed sets none, and the
plan still needs its frequency and duration and to be in force.

"Still screams/bites to protest" and "communicates with peers only by leading adults by the hand"
are what the child cannot say (SLP-003); "no longer" and a goal's "replacing biting" are not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 5, 26)


def _plan_status(plan: str, day: str = "2026-03-12") -> str:
    text = (
        "SLP RE-EVALUATION (outpatient)\nDx: aphasia following L MCA stroke. WAB-R AQ 41.2.\n"
        f"Functional: cannot order at restaurant or call her pharmacy.\n{plan}\nJ. Ortiz, CCC-SLP"
    )
    order = {"authoredOn": "2026-05-22", "occurrenceDateTime": "2026-06-01"}
    bundle = record("92609", _note("n1", day, text), reason="I69.320", order=order)
    return status(bundle, "SLP-004", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "POC 3/12-6/10/26: 1) use SGD to request needs 90%; 2) initiate phone message via SGD "
        "independently; 3) 20-item core vocab naming 70%. 2x/wk x 12 wks. Prognosis fair-good.",
        "Plan of care 3/12/26-6/10/26: 1) follow 2-step directions 80% x3 sessions; 2) MLU 3.5; "
        "3) answer wh- questions 70%. 2x/wk x 12 wks.",
        "Updated POC: (1) naming 70% with min cues; (2) phone message via SGD. 2x/wk x 12 wks.",
        "SLP plan of care 3/12-6/10/26: 1. request needs via SGD >= 90%; 2. name 20 items. "
        "2x/wk x 12 wks.",
    ],
)
def test_a_plan_heading_its_numbered_measured_targets_sets_goals(plan: str) -> None:
    assert _plan_status(plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        # An old plan graded, not a new one set.
        "Progress since 12/2025 POC: 1) requests needs via SGD 60% (goal 90%, not met). "
        "2x/wk x 12 wks.",
        # Targets without a frequency or a duration.
        "POC 3/12-6/10/26: 1) use SGD to request needs 90%; 2) naming 70%.",
        # Targets without a measure.
        "POC 3/12-6/10/26: 1) TBD at next visit. 2x/wk x 12 wks.",
        # The daily note's pointer.
        "Continues to make progress toward goals. Tolerated well. Continue POC.",
    ],
)
def test_no_plan_set_there(plan: str) -> None:
    assert _plan_status(plan) != "met"


def test_a_lapsed_numbered_plan_is_not_in_force() -> None:
    plan = "POC 9/1/25-11/30/25: 1) use SGD to request needs 90%; 2) naming 70%. 2x/wk x 12 wks."
    assert _plan_status(plan, day="2026-03-12") != "met"


def _limits(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 6, 15))])
    return any(
        f.concept == "communication-limitation" and not (f.negated or f.family or f.planned)
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Per father: uses his talker at home to ask for food and toys; still screams/bites to "
        "protest.",
        "In kindergarten, Liam communicates with peers only by leading adults by the hand.",
        "Only communicates wants by pointing.",
        "Hits instead of asking.",
        "Cries to request snacks.",
    ],
)
def test_communication_only_by_a_substitute_for_words(text: str) -> None:
    assert _limits(text)


@pytest.mark.parametrize(
    "text",
    [
        "No longer screams to protest; uses SGD.",
        "Communicates in full sentences with peers.",
        "Goal: use 'stop/all done' on SGD to protest 80% replacing biting.",
        "Mother denies biting or tantrums.",
        "Sister screams when frustrated.",
        "Cries when hungry.",
        "Brother only communicates by signing.",
    ],
)
def test_no_such_limit(text: str) -> None:
    assert not _limits(text)
