"""Conservative care counted only where the record shows it carried out (brief s88-episodes,
blind wave 103).

- An order to begin a therapy ("Start PT.") is the therapy sent for, as "Refer PT." is: its
  first visit came later. A course then left for non-attendance runs over the visits attended
  only (OC/lmri-02: "Start PT." of 1/6, visits 1/20-2/24, discharged for non-attendance 3/3).
- A note that says only that a drug is on the medication list ("Ibuprofen on home med list.")
  tells of no trial; an open prn order of that drug written long before is that list entry, not a
  course up to the request (OC/aim-02). A drug the note says is taken, an order with a schedule
  of its own, or another drug's order still count.
- A provider "referred back" after care tells of care had and ended, not care to come: three
  weeks of chiropractic then four of PT are one seven-week course (OA/lmri-01).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_FLOWSHEET = (
    "PT flowsheet: Attended 1/20, 1/27; no-show 2/3, 2/10, 2/17; attended 2/24. "
    "d/c from PT (non-attendance) 3/3."
)


def _lumbar(first: str, flowsheet: str = _FLOWSHEET) -> str:
    notes = [
        _note("n0", "2026-01-06", f"LBP over the holidays, axial. No radicular sx. {first}"),
        _note("n1", "2026-03-10", flowsheet),
        _note("n2", "2026-03-20", "Back still hurts. Took ibuprofen 'a few times'. SLR neg."),
    ]
    order = {"authoredOn": "2026-03-24", "occurrenceDateTime": "2026-04-01"}
    bundle = record("72148", *notes, reason="M54.50", order=order)
    return status(bundle, "LMRI-003", as_of=date(2026, 3, 24))["status"]


@pytest.mark.parametrize(
    "first",
    [
        "Start PT.",
        "Plan: start PT 2x/wk.",
        "Will start physical therapy.",
        "Begin PT for core strengthening.",
        "Initiate physical therapy.",
    ],
)
def test_an_order_to_start_therapy_begins_no_course_left_for_non_attendance(first: str) -> None:
    assert _lumbar(first) != "met"


@pytest.mark.parametrize(
    "first",
    [
        "Started PT 1/6/26, 2x/wk.",
        "Has been in PT since 11/2025, 2x/wk, no better.",
    ],
)
def test_therapy_said_begun_still_counts(first: str) -> None:
    flowsheet = "PT discharge 3/3: attended 2x/wk through 3/3, goals not met, plateaued."
    assert _lumbar(first, flowsheet) == "met"


@pytest.mark.parametrize(
    "flowsheet",
    [
        "Attended 1/20, 1/27 and 2/24; discharged from PT for non-attendance 3/3.",
        "PT: visits 1/20, 1/27, 2/24; no-shows x3; D/C'd from PT per attendance policy on 3/3.",
        "PT visits 1/20-2/24, then no-showed x3. Discharged from PT (non-attendance) 3/3/26.",
    ],
)
def test_a_discharge_for_missed_visits_is_no_day_of_care(flowsheet: str) -> None:
    # Visits 1/20-2/24 are 35 days; the discharge of 3/3 would make them 42.
    assert _lumbar("Follow up in 6 wks.", flowsheet) != "met"


def test_a_course_discharged_with_its_goals_runs_to_its_discharge() -> None:
    flowsheet = "PT 1/20-2/24 2x/wk; discharged from PT 3/3, goals met, HEP."
    assert _lumbar("Follow up in 6 wks.", flowsheet) == "met"


_PRN_IBUPROFEN = {
    "resourceType": "MedicationRequest",
    "id": "m1",
    "status": "active",
    "intent": "order",
    "subject": {"reference": "Patient/p"},
    "authoredOn": "2024-05-01",
    "medicationCodeableConcept": {"text": "ibuprofen 400 mg tablet PRN"},
}
_CUFF = {
    "resourceType": "Condition",
    "id": "c0",
    "subject": {"reference": "Patient/p"},
    "clinicalStatus": {"coding": [{"code": "active"}]},
    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M75.111"}]},
}


def _shoulder(listed: str, *orders: dict) -> str:
    notes = [
        _note(
            "n0", "2026-07-21", f"R shoulder pain x 5 wks, painful arc. Referred to PT. {listed}"
        ),
        _note(
            "n1",
            "2026-08-12",
            "PT scheduling: no-show 7/28 and 8/4; cancelled 8/11. 0 visits"
            " attended. Referral closed.",
        ),
        _note("n2", "2026-08-17", "Still painful, + Hawkins. Plan MRI R shoulder."),
    ]
    order = {"authoredOn": "2026-08-18", "occurrenceDateTime": "2026-08-26"}
    meds = orders or (_PRN_IBUPROFEN,)
    bundle = record("73221", _CUFF, *meds, *notes, reason="M75.111", order=order)
    return status(bundle, "AIM-003", as_of=date(2026, 8, 18))["status"]


@pytest.mark.parametrize(
    "listed",
    [
        "Ibuprofen on home med list.",
        "Ibuprofen listed on her med list.",
        "Med list includes ibuprofen.",
        "Ibuprofen 400 mg on current medication list.",
    ],
)
def test_a_prn_order_the_note_calls_a_list_entry_is_no_trial(listed: str) -> None:
    assert _shoulder(listed) != "met"


@pytest.mark.parametrize(
    "listed",
    [
        # The note says it is taken: the open order is a course.
        "Ibuprofen on home med list, takes 400 mg for the shoulder most days, no relief.",
        "Taking ibuprofen daily since the injury, little help.",
    ],
)
def test_a_listed_drug_said_taken_still_counts(listed: str) -> None:
    assert _shoulder(listed) == "met"


def test_an_order_with_a_schedule_of_its_own_keeps_its_weeks() -> None:
    scheduled = {
        **_PRN_IBUPROFEN,
        "authoredOn": "2026-06-01",
        "medicationCodeableConcept": {"text": "ibuprofen 600 mg tablet"},
        "dosageInstruction": [{"text": "600 mg by mouth three times daily"}],
    }
    assert _shoulder("Ibuprofen on home med list.", scheduled) == "met"


def test_another_drug_on_the_list_does_not_take_back_an_order() -> None:
    naproxen = {
        **_PRN_IBUPROFEN,
        "id": "m2",
        "authoredOn": "2026-06-01",
        "medicationCodeableConcept": {"text": "naproxen 500 mg tablet PRN"},
    }
    assert _shoulder("Ibuprofen on home med list.", naproxen) == "met"


def _care(text: str) -> dict[str, bool]:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 2, 4))])
    return {f.concept: f.asserted for f in found if f.category == "conservative-treatment"}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("CHIROPRACTIC DAILY NOTE #6 - 3 wks SMT, little change, referred back.", "chiropractic"),
        ("Chiro 3 wks, plateaued - referred back to PCP.", "chiropractic"),
        ("PT x 6 wks, no better, referred back to ortho.", "physical-therapy"),
        ("Completed 8 visits of PT; therapist referred her back to us.", "physical-therapy"),
    ],
)
def test_care_before_a_referral_back_was_had(text: str, concept: str) -> None:
    assert _care(text).get(concept) is True


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Chiropractic referred.", "chiropractic"),
        ("PT 2x/wk x 6 wks, referred.", "physical-therapy"),
    ],
)
def test_care_referred_for_is_still_to_come(text: str, concept: str) -> None:
    assert _care(text).get(concept) is False


def _chiro_then_pt(chiro: str) -> str:
    notes = [
        _note(
            "d3",
            "2026-01-12",
            "S: LBP radiating L leg since 12/26.\nP: Chiro referral, "
            "cyclobenzaprine, ibuprofen. Back in 4-6 wks.",
        ),
        _note("d4", "2026-02-04", chiro),
        _note("d5", "2026-03-06", "PT PROGRESS NOTE: 8 visits since 2/6 (4 wks). McKenzie, core."),
    ]
    order = {"authoredOn": "2026-03-18", "occurrenceDateTime": "2026-03-30"}
    bundle = record("72148", *notes, reason="M54.16", order=order)
    return status(bundle, "LMRI-003", as_of=date(2026, 3, 25))["status"]


@pytest.mark.parametrize(
    "chiro",
    [
        "CHIROPRACTIC DAILY NOTE #6 - 3 wks SMT, little change, referred back.",
        "Chiropractic 3 wks, plateaued, referred back to PCP.",
    ],
)
def test_chiropractic_then_pt_are_one_course(chiro: str) -> None:
    assert _chiro_then_pt(chiro) == "met"


def test_chiropractic_only_referred_for_adds_no_weeks() -> None:
    assert _chiro_then_pt("Chiropractic consult requested; to be scheduled.") != "met"
