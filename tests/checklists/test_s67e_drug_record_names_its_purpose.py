"""A medication record whose own words say the drug is taken for another region is no
conservative care for the order's.

Blind wave 70, JH/aio-02: a MedicationStatement "naproxen 500 MG Oral Tablet", active since 2024,
its note "Current Outpatient Medications list - taking: as needed (for back)", made 180 days of
care for a right shoulder's MRI. A list entry's "for back" already placed its drug
(notes/entry_remarks.py, listed_for.py); the record's own note, its directions and its reason say
the same. A record whose purpose is the order's region, or names none, stays care for it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_VISIT = (
    "S: R shoulder pain x 4 mo, worse overhead.\n"
    "O: painful arc, + Hawkins, + empty can.\n"
    "A/P: R shoulder RTC tear vs tendinopathy. MRI R shoulder.\n"
)


def _aim003(**fields: Any) -> str:
    naproxen = {
        "resourceType": "MedicationStatement",
        "id": "ms1",
        "status": "active",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": "naproxen 500 MG Oral Tablet"},
        "effectivePeriod": {"start": "2024-03-11"},
        **fields,
    }
    order = {"authoredOn": "2026-06-02", "occurrenceDateTime": "2026-06-12"}
    bundle = record("73221", naproxen, _note("n1", "2026-06-02", _VISIT), reason="M75.101",
                    order=order)  # fmt: skip
    report = score_bundle(bundle, as_of=date(2026, 6, 4))
    return {i["id"]: i for i in report["items"]}["AIM-003"]["status"]


def _note_of(text: str) -> dict[str, Any]:
    return {"note": [{"text": text}]}


def _reason(text: str = "", code: str = "") -> dict[str, Any]:
    coding = [{"system": ICD10, "code": code}] if code else []
    return {"reasonCode": [{"text": text, "coding": coding}]}


@pytest.mark.parametrize(
    "fields",
    [
        _note_of("Current Outpatient Medications list - taking: as needed (for back)"),
        _note_of("pt takes it for her low back pain"),
        _note_of("rx'd by PCP for L knee"),
        {"dosage": [{"text": "500 mg BID PRN for back pain"}]},
        {"dosage": [{"text": "1 tab PO q12h prn for neck pain"}]},
        _reason("Low back pain"),
        _reason(code="M17.11"),
        _reason("Chronic LBP", "M54.50"),
    ],
)
def test_a_drug_its_own_record_takes_for_another_region_is_no_care(fields: dict) -> None:
    assert _aim003(**fields) != "met", fields


@pytest.mark.parametrize(
    "fields",
    [
        {},
        _note_of("taking: as needed (for R shoulder)"),
        _note_of("for shoulder and back pain"),
        _note_of("for pain"),
        {"dosage": [{"text": "500 mg BID with food"}]},
        _reason(code="M75.101"),
    ],
)
def test_a_drug_for_the_region_or_for_nothing_named_stays_care(fields: dict) -> None:
    assert _aim003(**fields) == "met", fields
