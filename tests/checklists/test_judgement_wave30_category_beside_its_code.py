"""A category coded beside one of its own billable codes, found by blind wave 30 (DE/whc-01): a
problem-list entry for multiple sclerosis carried the FY2026 code G35.C2 and, as a second coding
of the same concept, the pre-FY2026 G35 (now a category). The diagnosis item called the record
partial for G35, though the claim carries G35.C2: one diagnosis written at two levels is billable
when its finer code is. A category alone, or beside a billable code of another diagnosis, is still
not billable."""

from __future__ import annotations

from datetime import date

from .test_judgement import ICD10, record, status

AS_OF = date(2026, 4, 20)


def _problem(*codes: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": "ms",
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": ICD10, "code": c} for c in codes]},
    }


def _diagnosis_status(*codes: str) -> str:
    bundle = record(
        "K0001",
        _problem(*codes),
        order_type="DeviceRequest",
        order={"reasonReference": [{"reference": "Condition/ms"}], "reasonCode": []},
    )
    return status(bundle, "CSU-004", as_of=AS_OF)["status"]


def test_a_category_beside_its_own_billable_code_is_one_billable_diagnosis() -> None:
    assert _diagnosis_status("G35.C1", "G35") == "met"
    assert _diagnosis_status("G35", "G35.A") == "met"


def test_a_category_alone_or_beside_another_diagnosis_is_still_not_billable() -> None:
    assert _diagnosis_status("G35") == "partial"
    assert _diagnosis_status("G35", "R26.2") == "partial"


def _two_entries_status(category: str, other: str) -> str:
    first = {**_problem(category), "id": "first"}
    second = {**_problem(other), "id": "second"}
    reasons = [{"reference": "Condition/first"}, {"reference": "Condition/second"}]
    bundle = record(
        "K0001",
        first,
        second,
        order_type="DeviceRequest",
        order={"reasonReference": reasons, "reasonCode": []},
    )
    return status(bundle, "CSU-004", as_of=AS_OF)["status"]


def test_a_category_beside_its_billable_code_on_another_entry_is_one_diagnosis() -> None:
    """Blind wave 51 (GJ/tha-03): the category and its finer code on two problem entries, both
    reasons of the order, are one diagnosis the claim carries at its billable level."""
    assert _two_entries_status("M17.1", "M17.12") == "met"
    # A billable code of another diagnosis on its own entry still leaves the category bad.
    assert _two_entries_status("M17.1", "M17.0") == "partial"
