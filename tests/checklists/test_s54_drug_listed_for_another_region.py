"""A drug the medication list says is taken for another region is no conservative care for the
order's (notes/entry_remarks.py reads the entry's purpose, listed_for.py carries it to the coded
order of the same drug that names no region of its own). An entry whose purpose is the order's
region, or that names none, keeps the drug and its order as the order's care."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-05-04", "occurrenceDateTime": "2026-05-20"}
_VISIT = (
    "HPI: L knee pain and catching x 3 mo. No locking.\n"
    "A/P: L medial meniscus tear. Offered PT - declines. Plan: L knee arthroscopy, partial "
    "medial meniscectomy.\n"
)


def _ibuprofen() -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "rx1",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": "ibuprofen 800 MG Oral Tablet"},
        "authoredOn": "2024-03-01",
        "dosageInstruction": [{"text": "800 mg TID PRN"}],
    }


def _kas003(entry: str) -> str:
    text = f"Current Outpatient Medications:\n- {entry}\n- lisinopril 10 mg daily\n{_VISIT}"
    bundle = record("29881", _ibuprofen(), _note("n1", "2026-05-04", text), reason="M23.222",
                    order=_ORDER)  # fmt: skip
    report = score_bundle(bundle, as_of=date(2026, 5, 6))
    return {i["id"]: i for i in report["items"]}["KAS-003"]["status"]


@pytest.mark.parametrize(
    "entry",
    [
        "ibuprofen 800 mg TID PRN (on list since 2024 for back)",
        "ibuprofen 800 mg tab - takes for his low back pain",
        "ibuprofen 800 mg TID PRN, for back",
        "ibuprofen 800 mg PRN [rx'd by PCP for neck pain]",
        "IBUPROFEN 800 MG TAB (FOR R SHOULDER)",
        "ibuprofen 800 mg q8h prn (for back spasms)",
    ],
)
def test_a_drug_listed_for_another_region_is_no_care_for_the_knee(entry: str) -> None:
    assert _kas003(entry) != "met", entry


@pytest.mark.parametrize(
    "entry",
    [
        "ibuprofen 800 mg TID PRN",
        "ibuprofen 800 mg TID PRN (for L knee)",
        "ibuprofen 800 mg TID PRN (for knee and back)",
        "ibuprofen 800 mg TID PRN - for pain",
    ],
)
def test_a_drug_listed_for_the_knee_or_for_nothing_named_stays_care(entry: str) -> None:
    assert _kas003(entry) == "met", entry
