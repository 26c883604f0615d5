"""Blind wave 13's coded-encounter class: a visit whose Encounter.type is the billed procedure's
code (a PT evaluation charted as an Encounter typed CPT 97162) is that procedure on record, as a
Procedure with the code would be (AQ/pt-01)."""

from __future__ import annotations

from .test_judgement import _note, record, status

CPT = "http://www.ama-assn.org/go/cpt"


def _encounter(code: str | None, status_: str = "finished", text: str = "") -> dict:
    kind = {"coding": [{"system": CPT, "code": code}]} if code else {"text": text}
    return {
        "resourceType": "Encounter",
        "id": f"e-{code or 'text'}",
        "status": status_,
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
        "type": [kind],
        "subject": {"reference": "Patient/p"},
        "period": {"start": "2026-01-13T09:00:00-05:00", "end": "2026-01-13T09:40:00-05:00"},
    }


def test_an_encounter_typed_by_an_evaluation_code_is_the_evaluation() -> None:
    assert status(record("97110", _encounter("97162"), reason="Z47.1"), "PT-002")["status"] == "met"
    # The speech checklist reads its evaluations the same way (CPT 92523 as the visit's type).
    slp = record("92508", _encounter("92523"), reason="F80.2")
    assert status(slp, "SLP-001")["status"] == "met"


def test_what_is_no_coded_evaluation_encounter() -> None:
    # A treatment visit's code, a planned or cancelled evaluation visit, a type in words only.
    for encounter in (
        _encounter("97110"),
        _encounter("97162", "planned"),
        _encounter("97162", "cancelled"),
        _encounter(None, text="PT Treatment Visit"),
    ):
        bundle = record("97110", encounter, reason="Z47.1")
        assert status(bundle, "PT-002")["status"] != "met", encounter


def _visit(day: str, text: str, status_: str = "finished") -> dict:
    visit = _encounter(None, status_, text)
    return {**visit, "id": f"v-{day}", "period": {"start": f"{day}T09:00:00-05:00"}}


def test_therapy_visits_typed_in_words_count_toward_the_next_progress_report() -> None:
    # The progress report was written on 1/5; eleven PT visits since are charted only as
    # Encounters typed "PT Outpatient Visit" (no codes, no daily notes): the report is overdue.
    report = _note("pr", "2026-01-05", "PT progress report: goals progressing, LEFS 41 -> 50.")
    days = [f"2026-01-{d:02d}" for d in (8, 12, 15, 19, 22, 26, 29)]
    days += [f"2026-02-{d:02d}" for d in (2, 5, 9, 12)]
    visits = [_visit(day, "PT Outpatient Visit") for day in days]
    assert status(record("97110", report, *visits), "PT-004")["status"] == "missing"
    # Evaluations, missed visits and cancelled ones are no treatment days; nor is a visit to
    # another service.
    others = [
        _visit(days[0], "PT Outpatient Visit"),
        _visit(days[1], "PT Re-evaluation"),
        _visit(days[2], "PT Outpatient Visit", "cancelled"),
        _visit(days[3], "PT No-Show"),
        *[_visit(day, "Cardiology Office Visit") for day in days[4:]],
    ]
    assert status(record("97110", report, *others), "PT-004")["status"] == "met"


def test_speech_visits_typed_in_words_count_too() -> None:
    report = _note("pr", "2026-01-05", "Speech progress report: goals progressing, CNC 28 -> 40%.")
    days = [f"2026-01-{d:02d}" for d in (8, 12, 15, 19, 22, 26, 29)]
    days += [f"2026-02-{d:02d}" for d in (2, 5, 9, 12)]
    visits = [_visit(day, "Speech Therapy Visit") for day in days]
    assert (
        status(record("92508", report, *visits, reason="F80.2"), "SLP-006")["status"] == "missing"
    )
