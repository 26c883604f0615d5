"""What looked like weeks of conservative care and was none (blind wave 23).

CD/kas-03, a knee arthroscopy: "ORTHO NEW PT 8/20/26" (a new patient's visit) was read as
physical therapy, the allergy list's "naproxen (rash)" as a course of naproxen, and the
medication list's bare "ibuprofen 200 mg tab" of 10/28, for a drug the first note says is taken
"here and there", joined that note's day into a 69-day episode: 'PT not started, prn ibuprofen
only on a med list, naproxen allergy isn't a treatment course'.

CE/tsa-02, a reverse shoulder arthroplasty: a MedicationRequest of intent "plan" (a med-rec
entry, "pt unsure if he ever filled the meloxicam") ran from its authoredOn as a course, and
"Failed ~12 wks of PT" counted back past the therapist's initial evaluation of 2/10: 'Nonop
care began with PT 2/10/26 (about 12 weeks, under 3 months)'.
"""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest

from smartapp.checklists.care_begun import begun_by_plan
from smartapp.notes import NoteInput, find_findings
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _status(bundle: dict, item: str, as_of: date) -> str:
    report = score_bundle(bundle, as_of=as_of)
    return {i["id"]: i for i in report["items"]}[item]["status"]


def _scope(first_line: str, allergies: str, meds: str) -> str:
    first = _note(
        "n1",
        "2026-08-20",
        f'{first_line}\n52M L knee pain since July. Has not tried PT. Takes ibuprofen "here and '
        'there". No locking.\nExam L knee: effusion, McMurray + medial.\nA/P: L knee pain. MRI.',
    )
    second = _note(
        "n2",
        "2026-10-28",
        "ORTHO F/U 10/28/26\nPT eval now scheduled 11/10/26. Pain 6/10 with stairs.\n"
        f"CURRENT OUTPATIENT MEDICATIONS: {meds}; lisinopril 10 mg daily.\n"
        f"ALLERGIES: {allergies}.\nMRI: degenerative medial meniscus tear.\n"
        "A/P: L knee arthroscopy with partial medial meniscectomy.",
    )
    order = {"authoredOn": "2026-10-28", "occurrenceDateTime": "2026-11-20"}
    bundle = record("29881", first, second, reason="M23.222", order=order)
    return _status(bundle, "KAS-003", date(2026, 11, 3))


def test_a_new_patient_an_allergy_and_a_listed_occasional_drug_are_no_course() -> None:
    assert _scope("ORTHO NEW PT 8/20/26", "naproxen (rash)", "ibuprofen 200 mg tab") != "met"


def test_the_same_drugs_given_as_a_course_still_count() -> None:
    # The near miss: naproxen prescribed with its weeks is a course, whatever the allergy list.
    meds = "naproxen 500 mg BID since 8/20/26"
    assert _scope("ORTHO NEW PT 8/20/26", "penicillin (hives)", meds) == "met"


@pytest.mark.parametrize(
    ("text", "therapy"),
    [
        ("ORTHO NEW PT 8/20/26", False),
        ("EST PT VISIT: knee pain", False),
        ("NEW PT EVAL 8/20/26 L knee", True),
        ("New PT referral placed.", True),
    ],
)
def test_a_visit_type_names_the_patient(text: str, therapy: bool) -> None:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 8, 20))])
    assert any(f.concept == "physical-therapy" for f in found) is therapy


_MELOXICAM = {
    "resourceType": "MedicationRequest",
    "id": "m1",
    "status": "active",
    "subject": {"reference": "Patient/p"},
    "medicationCodeableConcept": {"text": "meloxicam 15 MG oral tablet"},
    # Open to the 5/4 review: three calendar months from 1/30 (TSA-002's min_span_months; from
    # 2/5 it was 88 days, which met 84 but is short of 5/5).
    "authoredOn": "2026-01-30",
    "dosageInstruction": [{"text": "1 tab daily"}],
}


def _shoulder(intent: str, first_note: str) -> str:
    pt = _note("pte", "2026-02-10", f"{first_note} R shoulder. Plan: 2x/wk x 8 wks, HEP.")
    ortho = _note(
        "n2",
        "2026-05-01",
        "ORTHO SHOULDER CLINIC 05/01/2026\nR shoulder pain and weakness, can't reach cupboards.\n"
        "Exam: R active FE 60, drop arm +.\nA/P: R cuff tear arthropathy. Failed ~12 wks of PT. "
        "Plan R reverse TSA.",
    )
    order = {"authoredOn": "2026-05-01", "occurrenceDateTime": "2026-05-27"}
    drug = {**_MELOXICAM, "intent": intent}
    bundle = record("23472", drug, pt, ortho, reason="M12.811", order=order)
    return _status(bundle, "TSA-002", date(2026, 5, 4))


def test_a_planned_drug_and_weeks_before_the_initial_evaluation_are_no_course() -> None:
    assert _shoulder("plan", "PT INITIAL EVAL 2/10/26") != "met"


def test_an_ordered_drug_still_runs_from_its_order() -> None:
    assert _shoulder("order", "PT INITIAL EVAL 2/10/26") == "met"


class _F:
    def __init__(self, snippet: str) -> None:
        self.snippet, self.concept, self.note_ref = snippet, "physical-therapy", "n"
        self.planned, self.hypothetical, self.family, self.negated = False, False, False, False
        self.asserted = True


@pytest.mark.parametrize(
    ("snippet", "begun"),
    [
        ("PT INITIAL EVAL 2/10/26 R shoulder.", True),
        ("Physical therapy initial evaluation", True),
        ("PT re-evaluation, visit 10", False),
        ("PT daily note visit 14", False),
    ],
)
def test_an_initial_evaluation_begins_the_therapy(snippet: str, begun: bool) -> None:
    found = begun_by_plan([_F(snippet)], {"n": date(2026, 2, 10)})
    assert ("physical-therapy" in found) is begun


def test_an_allergy_entry_that_tells_of_a_trial_is_still_care() -> None:
    # The near miss (BT/spine-01): "gabapentin - dizziness (Feb 2026, stopped after 4 days)"
    # is a drug taken, an allergy list's "naproxen (rash)" none.
    text = "ALLERGIES: gabapentin - dizziness (Feb 2026, stopped after 4 days); sulfa - hives"
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 4, 20))])
    assert [f.section for f in found if f.concept == "analgesic"] == ["allergies"]
