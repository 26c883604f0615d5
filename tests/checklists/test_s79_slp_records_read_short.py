"""Speech therapy records read short (blind wave 94, MV/slp-03, MX/slp-02, MX/slp-03).

- A CCC-SLP's note titled "SLP consult" (history, oral mechanism, intelligibility, goals, a plan
  of care) is the speech-language evaluation (SLP-001); a title naming the request or the
  referral is none, nor is "SLP consult" in another note's words.
- "2 sessions over 4 wks" is a plan's frequency and duration at once; a course counted back
  ("missed 2 sessions in 4 wks", "PT d/c: 12 visits over 6 wks") is none.
- A plan of care's first clause setting a level to reach ("POC: confrontation naming 80%, ...")
  sets its goals without the word or a number before them; a change measured under the heading
  ("POC: requests 20% -> 55%") is progress, and an old plan graded sets none.
- "Wife: can't use phone, can't order food." is the wife telling the patient's limits (SLP-003);
  "Wife has aphasia", "Mother: stroke, couldn't talk" stay the family's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 5, 26)

CONSULT = (
    "SLP CONSULT 05/19/2026\n63F ALS (bulbar onset) with flaccid-spastic dysarthria.\n"
    "Oral mech: tongue fasciculations, reduced lip seal. Intelligibility ~25%.\n"
    "Signed A. Kim MA CCC-SLP"
)


def _titled(title: str, text: str = CONSULT) -> dict:
    return _note("c1", "2026-05-19", text, extra={"type": {"text": title}})


@pytest.mark.parametrize(
    "title",
    ["SLP consult", "Speech-Language Consult", "Speech Pathology Consult", "SLP Consultation"],
)
def test_the_slp_s_consult_note_is_the_evaluation(title: str) -> None:
    bundle = record("92607", _titled(title), reason="R47.1")
    assert status(bundle, "SLP-001", as_of=AS_OF)["status"] == "met", title


@pytest.mark.parametrize("title", ["SLP consult request", "Referral: SLP consult", "Progress note"])
def test_a_consult_asked_for_is_no_evaluation(title: str) -> None:
    text = "ALS with dysarthria, strangers understand about a quarter. SLP consult placed."
    bundle = record("92607", _titled(title, text), reason="R47.1")
    assert status(bundle, "SLP-001", as_of=AS_OF)["status"] == "missing", title


def _plan_status(plan: str, day: str = "2026-03-30") -> str:
    text = (
        "SLP EVAL: L MCA stroke 2/14. WAB-R AQ 41.2. Functional: cannot order at a restaurant.\n"
        f"{plan}\nJ. Ortiz, CCC-SLP"
    )
    order = {"authoredOn": "2026-05-14", "occurrenceDateTime": "2026-05-26"}
    bundle = record("92508", _note("n1", day, text), reason="I69.320", order=order)
    return status(bundle, "SLP-004", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "POC: confrontation naming 80%, functional phone use; group 1x/wk x 12 wks. Signed 4/1.",
        "POC: 2-symbol requests 80% across 3 settings; 2x/wk x 26 wks.",
        "SLP POC 3/30-6/22/26: request needs via SGD >= 90%; 2x/wk x 12 wks.",
        "Goals: communicate needs/novel messages with 90% success across partners. "
        "2 sessions over 4 wks.",
        "Goals: naming 70% with min cues. 6 more sessions over the next 8 wks.",
    ],
)
def test_targets_and_sessions_over_weeks_make_the_plan(plan: str) -> None:
    assert _plan_status(plan) == "met", plan


@pytest.mark.parametrize(
    "plan",
    [
        # Progress measured under the heading, not a level set.
        "POC: requests 20% -> 55% across home/school. 2x/wk x 12 wks.",
        "POC: naming improved from 30% to 45%. 2x/wk x 12 wks.",
        # An old plan graded.
        "Progress since 12/2025 POC: naming 60% (not met). 2x/wk x 12 wks.",
        # Goals without frequency or duration told as sessions counted back.
        "Goals: naming 80%. Pt missed 2 sessions in 4 wks.",
        "Goals: naming 80%. PT d/c: 12 visits over 6 wks.",
    ],
)
def test_no_plan_set_there(plan: str) -> None:
    assert _plan_status(plan) != "met", plan


def _limits(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 5, 29))])
    return [f for f in found if f.concept == "communication-limitation" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Wife: can't use phone, can't order food.",
        "Husband: unable to follow a conversation at dinner.",
        "Daughter: has trouble finding words on the phone.",
        "Son: can no longer talk on the phone.",
    ],
)
def test_a_relative_telling_what_the_patient_cannot_do(text: str) -> None:
    found = _limits(text)
    assert found and not any(f.family for f in found), text


@pytest.mark.parametrize(
    "text",
    [
        "Wife has aphasia.",
        "Mother: stroke, couldn't talk.",
        "Mother had a stroke, couldn't talk.",
        "FHx: mother: can't talk after her stroke.",
    ],
)
def test_the_relative_s_own_stays_the_family_s(text: str) -> None:
    assert not any(not f.family for f in _limits(text)), text


@pytest.mark.parametrize(
    "plan",
    [
        "POC: 2-symbol requests 80% across 3 settings; 2x/wk x 26 wks. Signed 6/25.",
        "POC: confrontation naming 80%, functional phone use; group 1x/wk x 26 wks.",
    ],
)
def test_a_plan_s_weeks_after_its_targets_keep_it_in_force(plan: str) -> None:
    from smartapp.checklists.plan_periods import states_plan_in_force

    # Written 6/22, 26 weeks: in force on 10/12 (blind wave 94, MX/slp-03), over by January.
    assert states_plan_in_force(plan, dt.date(2026, 10, 12), dt.date(2026, 6, 22))
    assert not states_plan_in_force(plan, dt.date(2027, 1, 15), dt.date(2026, 6, 22))


@pytest.mark.parametrize(
    "plan",
    ["POC: naming 80%; f/u x 26 wks.", "POC: naming 80%; dysphagia x 26 wks, worse."],
)
def test_other_weeks_after_the_plan_s_clause_are_not_its_length(plan: str) -> None:
    from smartapp.checklists.plan_periods import states_plan_in_force

    assert not states_plan_in_force(plan, dt.date(2026, 10, 12), dt.date(2026, 6, 22))


def test_an_old_plan_in_force_by_its_weeks_keeps_its_goals() -> None:
    # MX/slp-03's shape: the evaluation's plan 112 days old, running 26 weeks.
    plan = "POC: 2-symbol requests 80% across 3 settings; 2x/wk x 26 wks."
    assert _plan_status(plan, day="2026-01-20") == "met"
