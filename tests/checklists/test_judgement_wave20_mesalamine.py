"""Mesalamine is no step therapy in Crohn's disease (blind wave 20, BR/inf-02): a med list's
'mesalamine 1.2 g - 4 tabs daily (pt stopped on his own 2025, "didn't help")' met INF-007
('an immunomodulator (or 5-ASA in UC) tried first') for ileal Crohn's, whose azathioprine was
prescribed but never started. The items' own titles and comments already said 5-ASA counts in
ulcerative colitis; the ACG 2018 Crohn's guideline and the AGA advise against it in Crohn's, and
payers' Crohn's step lists name thiopurines and methotrexate. Mesalamine still counts for
ulcerative colitis, and when no Crohn's diagnosis is on record."""

from __future__ import annotations

from .test_judgement import ICD10, _note, record, status

MESALAMINE = "Mesalamine 4.8 g daily 3/2025-9/2025, stopped - no response."


def _condition(code: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": f"c-{code}",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": code}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
    }


def _statuses(code: str, text: str) -> tuple[str, str]:
    bundle = record("J1745", _condition(code), _note("n1", "2026-02-20", text), reason=code)
    return status(bundle, "INF-001")["status"], status(bundle, "INF-007")["status"]


def test_mesalamine_is_no_step_therapy_in_crohns_disease():
    assert _statuses("K50.00", MESALAMINE) == ("missing", "missing")
    coded = {
        "resourceType": "MedicationStatement",
        "id": "mes",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {
            "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "52582"}],
            "text": "mesalamine 1.2 GM Delayed Release Oral Tablet",
        },
        "effectivePeriod": {"start": "2025-03-01", "end": "2025-09-01"},
    }
    bundle = record("J1745", _condition("K50.012"), coded, reason="K50.012")
    assert status(bundle, "INF-007")["status"] == "missing"


def test_mesalamine_counts_in_ulcerative_colitis_and_a_thiopurine_in_crohns():
    assert _statuses("K51.011", MESALAMINE) == ("met", "met")
    thiopurine = "Azathioprine 150 mg daily 3/2025-9/2025, stopped - no response."
    assert _statuses("K50.00", thiopurine) == ("met", "met")
    assert _statuses("K50.00", f"{MESALAMINE} {thiopurine}") == ("met", "met")
