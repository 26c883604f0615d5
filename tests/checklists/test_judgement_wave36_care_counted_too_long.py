"""Conservative care counted longer than its words prove, found by blind wave 36 (DN/aim-03,
DU/spinal-03, DV/work-02).

- Weeks of a drug dated by a month alone ("naproxen x 2 wks in Sept") fell some time in that
  month: an episode they open starts no earlier than the latest day they can have begun, not
  the 1st, which stretched the PT that followed into six weeks of care (month_courses.py).
  Weeks longer than the month, or a month the care started in, keep their reading.
- A relief's length is its own words' ("lasted until about mid-June" after an ESI of 5/4), not a
  symptom's "since Feb" in the same statement (relief_lasting.py; LCD L39240: 50% for 3 months).
- An injury's day in a therapy statement ("PT eval 5/12: L shoulder strain at work 4/20") is not
  the day the therapy began (symptom_times.py); and therapy under a plan of care still running
  when work conditioning is asked for is acute therapy in progress, not completed
  (course_under_way.py; OCC-002 ``finished``).
"""

from __future__ import annotations

import datetime as dt

from smartapp.checklists.symptom_times import symptom_spans

from .test_judgement import ICD10, _note, record, status

_CUFF = {
    "resourceType": "Condition",
    "id": "cuff",
    "clinicalStatus": {"coding": [{"code": "active"}]},
    "code": {"coding": [{"system": ICD10, "code": "M75.111"}]},
    "subject": {"reference": "Patient/p"},
}


def _mri(text: str) -> str:
    bundle = record(
        "73221", _CUFF, _note("n1", "2026-10-20", text), reason="M75.111",
        order={"authoredOn": "2026-10-20", "occurrenceDateTime": "2026-10-27"},
    )  # fmt: skip
    return status(bundle, "AIM-003", as_of=dt.date(2026, 10, 21))["status"]


def test_a_drugs_weeks_in_a_month_are_not_counted_from_its_first_day() -> None:
    told = "S: R shoulder pain. PT began 9/10 - 8 visits so far; naproxen x 2 wks in Sept "
    assert _mri(told + "(stopped, dyspepsia).\nA: R RC tear?\nP: MRI R shoulder.") == "partial"


def test_a_drugs_weeks_in_an_earlier_month_still_join_the_episode() -> None:
    told = "S: R shoulder pain. PT began 9/10 - 8 visits so far; naproxen x 2 wks in Aug "
    assert _mri(told + "(stopped, dyspepsia).\nA: R RC tear?\nP: MRI R shoulder.") == "met"


def _repeat_esi(relief: str, written: str = "2026-08-10") -> str:
    text = (
        f"L leg pain since Feb 2026. s/p L5-S1 ILESI 5/4: {relief}, back to baseline NRS 7.\n"
        "Plan: repeat L5-S1 ILESI."
    )
    bundle = record("62323", _note("n1", written, text), reason="M51.16")
    return status(bundle, "IPN-009", as_of=dt.date.fromisoformat(written))["status"]


def test_relief_that_lasted_until_a_month_weeks_after_the_shot_falls_short() -> None:
    assert _repeat_esi("60% relief, lasted until about mid-June") == "partial"
    assert _repeat_esi("60% relief, lasted until 6/20") == "partial"


def test_relief_that_lasted_until_months_after_the_shot_counts() -> None:
    assert _repeat_esi("60% relief, lasted until end of September", "2026-10-05") == "met"


def test_an_injurys_date_is_the_symptoms_not_the_therapys() -> None:
    text = "PT evaluation 5/12/26: L shoulder strain at work 4/20/26 (lifting boxes)."
    spans = symptom_spans(text, [0], dt.date(2026, 6, 5))
    assert [text[a:b] for a, b in spans] == ["4/20/26"]
    kept = "Back pain; PT 3/2/26-4/20/26, then HEP."
    assert symptom_spans(kept, [11], dt.date(2026, 6, 5)) == []


def _work_conditioning(progress: str) -> str:
    evaluation = _note(
        "n1", "2026-05-12",
        "PT evaluation 5/12/26: L shoulder strain at work 4/20/26 (lifting boxes, warehouse).\n"
        "POC: 2x/wk x 6 wks (12 visits) through 6/23/26. Goal: lift 40 lb to shoulder.",
    )  # fmt: skip
    follow_up = _note(
        "n2", "2026-06-05",
        f"Occ med 6/5/26: work injury 4/20/26, light duty. {progress} Lifts 15 lb, job "
        "needs 40 lb.\nPlan: work conditioning 2 h/day 3x/wk x 4 wks.",
    )  # fmt: skip
    order = {"authoredOn": "2026-06-05", "occurrenceDateTime": "2026-06-12"}
    bundle = record("97545", evaluation, follow_up, reason="S46.012D", order=order)
    return status(bundle, "OCC-002", as_of=dt.date(2026, 6, 8))["status"]


def test_therapy_under_a_plan_still_running_is_not_completed() -> None:
    assert _work_conditioning("PT 6 visits so far, some progress.") == "partial"


def test_therapy_said_completed_before_its_plan_ran_out_counts() -> None:
    assert _work_conditioning("Completed PT, 6 visits, discharged to HEP.") == "met"
