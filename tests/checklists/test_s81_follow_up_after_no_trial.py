"""Lumbar MRI's follow-up exam (LMRI-004) when care dated on the exam's day makes no trial,
found by blind wave 96 (NE/lumbar-mri-03): a first visit examined the back and sent a PT
referral (a no-show), and eleven weeks later a second visit examined it again and prescribed
gabapentin the day the MRI was ordered. The gabapentin dated the "trial" that day, so the second
exam was not after it; but no trial ran (LMRI-003 unmet, its own gap), and the second exam
follows the visit that began care: it is the episode's follow-up. The only visit's exam on the
day a prescription begins the care stays none, and so does an exam on the first day of a trial
begun with the MRI asked for by phone after it.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

_EXAM = "O: lumbar tenderness, SLR neg bilat, strength 5/5, reflexes 2+."


def _gabapentin(day: str) -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "med1",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": "gabapentin 300 MG Oral Capsule"},
        "authoredOn": day,
        "requester": {"reference": "Practitioner/dr"},
    }


def _exam_status(*resources, as_of=date(2026, 6, 3)) -> str:
    bundle = record(
        "72148", *resources, reason="M54.50",
        order={"authoredOn": as_of.isoformat(), "occurrenceDateTime": "2026-06-10"},
    )  # fmt: skip
    return status(bundle, "LMRI-004", as_of=as_of)["status"]


_FIRST = _note(
    "n1", "2026-04-01",
    "S: LBP since mid-March after lifting.\n" + _EXAM + "\nP: PT referral placed, HEP handout.",
)  # fmt: skip
_SECOND = _note(
    "n2", "2026-06-02",
    "S: LBP persists ~11 wks. Has not started PT yet.\n" + _EXAM
    + "\nA/P: MRI L-spine; if HNP refer spine. Start gabapentin.",
)  # fmt: skip


def test_a_second_visits_exam_follows_the_first_when_no_trial_ran() -> None:
    assert _exam_status(_FIRST, _SECOND, _gabapentin("2026-06-02")) == "met"


def test_the_only_visits_exam_the_day_a_prescription_begins_care_stays_none() -> None:
    assert _exam_status(_SECOND, _gabapentin("2026-06-02")) == "partial"


def test_an_exam_before_a_prescribed_trial_with_a_call_after_stays_none() -> None:
    # FY/lmri-03's shape: the first visit examined and began the care, the MRI was asked for by
    # phone two weeks later with no exam after the care began.
    call = _note(
        "n3", "2026-06-01",
        "Phone note: pt called, no better, wants MRI. Reviewed exam from 5/18. Order placed.",
    )  # fmt: skip
    first = _note("n1", "2026-05-18", "S: LBP x 8 wks.\n" + _EXAM + "\nP: start gabapentin, PT.")
    assert _exam_status(first, call, _gabapentin("2026-05-18")) == "partial"
