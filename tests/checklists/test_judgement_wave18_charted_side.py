"""A procedure note naming another side than the coded bodySite (blind wave 18, BI/hya-02): a
20610 Procedure charted 'Left knee' whose procedure note of that day reads 'Procedure: RIGHT knee
intra-articular corticosteroid injection ... L knee not injected today'. The note written at the
procedure is the clinician's own account; the bodySite a charting slip. A note of that day that
names the coded side, or both, or no side leaves the bodySite alone."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_OA = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "M17.12"}]},
    "onsetDateTime": "2021-01-01",
}


def _injection(side: str) -> dict:
    code = {"left": "82169009", "right": "6757004"}[side]
    return {
        "resourceType": "Procedure",
        "id": "csi",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "20610"}]},
        "performedDateTime": "2025-12-03",
        "bodySite": [{"coding": [{"system": "http://snomed.info/sct", "code": code}],
                      "text": f"{side.title()} knee"}],
    }  # fmt: skip


def _hya(procedure_note: str | None, side: str = "left") -> str:
    notes = [_note("pn", "2025-12-03", procedure_note)] if procedure_note else []
    request = {
        "authoredOn": "2026-03-02",
        "occurrenceDateTime": "2026-03-16",
        "note": [{"text": "LEFT knee, weekly x5"}],
    }
    bundle = record("J7321", _OA, _injection(side), *notes, reason="M17.12", order=request)
    report = score_bundle(bundle, as_of=date(2026, 3, 9))
    return {i["id"]: i for i in report["items"]}["HYA-003"]["status"]


def test_the_procedure_note_of_that_day_names_the_side_injected():
    for text in (
        "Procedure: RIGHT knee intra-articular corticosteroid injection. 40 mg triamcinolone.",
        "R knee injected with 40 mg Kenalog under sterile technique. L knee not injected today.",
    ):
        assert _hya(text) != "met", text


def test_a_note_agreeing_with_the_coded_side_or_naming_none_leaves_it():
    assert _hya(None) == "met"
    assert _hya("Procedure: LEFT knee intra-articular corticosteroid injection.") == "met"
    assert _hya("Knee injected with 40 mg triamcinolone, tolerated well.") == "met"
    assert _hya("Bilateral knee corticosteroid injections, 40 mg triamcinolone each.") == "met"
    # The other knee's earlier injection, told in that day's note, is another day's care.
    text = "Knee injected with 40 mg triamcinolone. Right knee steroid injection 06/2025 helped."
    assert _hya(text) == "met"
