"""Conservative care counted as a reviewer counts it (blind wave 32).

- DN/aim-03: "meloxicam x 2 wks in Sept" beside PT begun mid-September was read from 1 September
  and made six weeks; the two weeks ran some time in September, placed as late as they can end
  (month_courses.py), as a bare year's weeks are.
- DP/bariatric-03: "scheduled intake 9/14/26 for supervised program" is a program still to
  come: a regex target after "scheduled" / "booked" / "awaiting" in its clause is hypothetical,
  as ConText reads a spaCy one.
- DP/hyaluronan-03: "R knee pain ... h/o L knee injection 10/2025 helped", one statement for the
  splitter, made the left knee's injection the right knee's too.
- DN/lmri-02: 'the muscle relaxer "a few times"' is a handful of doses, no course; "muscle
  relaxer" names the class.
- DN/whc-02: "Ambulates < 10 ft with hemi-walker and contact guard" is a walker that does not
  resolve the limitation.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from smartapp.checklists.courses import taken_now_and_then
from smartapp.checklists.month_courses import month_only
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_OCT = date(2026, 10, 13)


def _found(text: str, when: date, concept: str):
    return [
        f for f in find_findings([NoteInput("DocumentReference/n", text, when)])
        if f.concept == concept
    ]  # fmt: skip


def test_weeks_dated_by_a_month_run_late_in_it():
    assert month_only("naproxen for 2 weeks in September", _OCT, 14) == (
        date(2026, 9, 1),
        date(2026, 9, 30),
    )
    assert month_only("naproxen 9/2026 x 2 wks", _OCT, 14) is not None


def test_weeks_longer_than_the_month_or_a_start_month_are_not_placed_in_it():
    assert month_only("naproxen x 6 wks in September", _OCT, 42) is None
    assert month_only("naproxen since September", _OCT, 14) is None
    assert month_only("naproxen 9/3 for 2 weeks", _OCT, 14) is None


def _shoulder_care(text: str) -> str:
    order = {"authoredOn": "2026-10-13", "occurrenceDateTime": "2026-10-21"}
    problem = {
        "resourceType": "Condition",
        "id": "cuff",
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M75.102"}]},
    }
    note = _note("ortho", "2026-10-13", text)
    bundle = record("73221", problem, note, reason="M75.102", order=order)
    report = score_bundle(bundle, as_of=date(2026, 10, 14))
    return {i["id"]: i for i in report["items"]}["AIM-003"]["status"]


def test_a_short_nsaid_course_in_the_month_therapy_began_adds_no_weeks():
    text = (
        "Clinic 10/13/2026\nS: L shoulder pain since late Aug, lifting injury. Therapy (PT) "
        "began 9/16, twice weekly, 8 sessions to date; naproxen for 2 weeks in Sept (quit - "
        "heartburn). Cannot reach overhead.\nO: Painful arc, ER weak 4-/5.\n"
        "A: Suspected cuff tear.\nP: MRI L shoulder; repair if full thickness."
    )
    assert _shoulder_care(text) == "partial"


def test_booked_care_is_still_to_come():
    for text in (
        "Coordinator call: intake booked 10/2/26 for supervised weight program.",
        "Phone note: scheduled first visit 10/2/26 for supervised program.",
    ):
        found = _found(text, date(2026, 9, 1), "weight-loss")
        assert found and not any(f.asserted for f in found), text


def test_visits_counted_against_those_scheduled_stand():
    (program,) = _found(
        "Finished 6 of 6 scheduled supervised program visits, lost 9 lb, regained.",
        date(2026, 9, 1),
        "weight-loss",
    )
    assert program.asserted


def test_the_other_knee_in_its_own_sentence_keeps_its_side():
    text = (
        "S: Right knee pain since April, worse on stairs and after 20 min walking. h/o L knee "
        "steroid injection 1/2026 gave relief. A: Right knee OA."
    )
    (shot,) = _found(text, date(2026, 6, 2), "corticosteroid-injection")
    assert "knee:left" in shot.regions
    assert "knee:right" not in shot.regions


def test_a_handful_of_doses_is_no_course():
    (relaxer,) = _found(
        'Tried ice packs and the muscle relaxer "a couple times". Back pain unchanged.',
        date(2026, 4, 9),
        "muscle-relaxant",
    )
    assert taken_now_and_then(relaxer)


def _said(snippet: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(snippet=snippet, text=text)


def test_doses_counted_per_day_or_week_are_not_a_handful():
    assert taken_now_and_then(_said("naproxen a few times a week", "naproxen"))
    assert not taken_now_and_then(_said("naproxen 500 mg two times daily", "naproxen"))
    assert not taken_now_and_then(_said("naproxen 2-3 times per day x 6 wks", "naproxen"))


# DN/whc-02: "Ambulates < 10 ft with hemi-walker and contact guard" says why a walker does not
# resolve the limitation (NCD 280.3): a few feet, and only with someone's hands on.


def test_a_few_feet_with_the_walker_and_hands_on_help_is_a_walker_that_fails():
    for text in (
        "Ambulates ~15 ft with a quad cane and mod assist before needing to sit.",
        "Gait: 12 feet using front-wheeled walker, CGA.",
    ):
        assert _found(text, date(2026, 2, 2), "cane-walker-insufficient"), text


def test_walking_with_the_walker_alone_or_far_is_no_such_finding():
    for text in (
        "Walks 200 ft with rollator, supervision only.",
        "Walks 30 ft with walker independently.",
        "Ambulates 150 ft with rolling walker and min assist.",
    ):
        assert not _found(text, date(2026, 2, 2), "cane-walker-insufficient"), text
