"""Insulin the patient took before is no insulin treatment (blind wave 20, BT/cgm-02). A CGM for
type 2 diabetes on metformin and semaglutide met CGM-001 on 'Previously on glargine 2022
(stopped Jan 2023)' (a stop dated by its month was not read as one) and on the medication list's
'insulin glargine 100 u/mL - (historical, not taking)', whose remark the list reading cut off at
the dash and the comma, so the drug stood alone as if taken. A medication list item keeps its
bracketed remark; insulin in use, or a list item whose remark says nothing of a stop, still
counts."""

from __future__ import annotations

from datetime import date

from smartapp.notes.segments import segment
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

METFORMIN = {
    "resourceType": "MedicationRequest",
    "id": "met",
    "status": "active",
    "intent": "order",
    "subject": {"reference": "Patient/p"},
    "medicationCodeableConcept": {"text": "metformin hydrochloride 1000 MG Oral Tablet"},
    "authoredOn": "2020-01-10",
}


def _cgm(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    bundle = record("E2103", METFORMIN, note, reason="E11.9", order_type="DeviceRequest")
    report = score_bundle(bundle, as_of=date(2026, 3, 1))
    return {i["id"]: i for i in report["items"]}["CGM-001"]["status"]


def _listed(line: str) -> str:
    return f"Current Outpatient Medications:\n metformin 1000 mg BID\n {line}\nExam: BMI 36."


def test_insulin_taken_before_is_no_insulin_treatment():
    for text in (
        "DM2 on metformin. Previously on glargine 2022 (stopped Jan 2023). A1c 8.4.",
        "Was on Lantus until 2023, now diet and metformin.",
        "Lantus stopped March 2024 after GLP-1 started.",
        "Formerly on insulin; metformin and semaglutide now.",
        "Used to take Humalog with meals; none since 2021.",
        _listed("insulin glargine 100 u/mL - (historical, not taking)"),
        _listed("Lantus 100 unit/mL pen (not taking, stopped 1/2023)"),
        _listed("insulin glargine 100 u/mL [not taking: reported 2/20/2026]"),
    ):
        assert _cgm(text) != "met", text


def test_insulin_in_use_is_insulin_treatment():
    for text in (
        "Has been on glargine 20 u qHS since 2022.",
        "Previously on metformin alone, on Lantus 20 u now.",
        "Formerly on NPH; now on Tresiba 10 u daily.",
        _listed("insulin glargine 100 u/mL - (historical)"),
        _listed("insulin glargine 100 u/mL - 20 units qHS (started 2024, titrating)"),
        _listed("Lantus 100 unit/mL (22 u qHS, last dose this morning)"),
    ):
        assert _cgm(text) == "met", text


def test_a_medication_keeps_its_bracketed_remark():
    text = _listed("insulin glargine 100 u/mL - (historical, not taking), ondansetron prn")
    assert [s.text for s in segment(text) if s.section == "medications"] == [
        "metformin 1000 mg BID",
        "insulin glargine 100 u/mL - (historical, not taking)",
        "ondansetron prn",
    ]
    # Other lists still cut at every comma; an unclosed bracket cuts as before.
    problems = "Problem list: HTN (amlodipine, losartan), HLD\n"
    assert [s.text for s in segment(problems)][-1] == "HLD"
    assert "losartan)" in [s.text for s in segment(problems)]
    typo = "Medications: lisinopril 10 mg (for BP, metformin 500 mg\n"
    assert [s.text for s in segment(typo)][-1] == "metformin 500 mg"
