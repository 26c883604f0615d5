"""``min_span_months``: months of failed care are calendar months for dated care, whole months
for care dated only by its months, and the stated length for care the notes give in weeks or
months (calendar_months.py).

A knee replacement asks for three months of failed nonoperative care (TKA-002). An open
celecoxib order from 11/3 makes three months through 2/2 (its first and last day both days of
care), not through the 84th day (1/26), nor the 90th (2/1); "PT and HEP Apr-Jun" is three months
although April to June 30 are 90 days; and "finished 12 weeks of physical therapy" is three
months as the payer reads it."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.calendar_months import months_between, months_on

from .test_judgement import _note, record, status


def _celecoxib(authored: str) -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "cx",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "authoredOn": authored,
        "medicationCodeableConcept": {"text": "celecoxib 200 mg capsule"},
    }


def _knee(*resources: dict, as_of: date) -> str:
    bundle = record("27447", *resources, reason="M17.12", order={"authoredOn": as_of.isoformat()})
    return status(bundle, "TKA-002", as_of=as_of)["status"]


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (date(2026, 1, 26), "partial"),  # 84 days: twelve weeks of dated care, not 3 months
        (date(2026, 2, 1), "partial"),  # 90 days, through 2/1: a day short
        (date(2026, 2, 2), "met"),  # 11/3 through 2/2: three calendar months
    ],
)
def test_dated_care_is_counted_in_calendar_months(as_of: date, expected: str) -> None:
    assert _knee(_celecoxib("2025-11-03"), as_of=as_of) == expected


def test_the_message_counts_months() -> None:
    bundle = record("27447", _celecoxib("2025-11-03"), reason="M17.12",
                    order={"authoredOn": "2026-01-26"})  # fmt: skip
    found = status(bundle, "TKA-002", as_of=date(2026, 1, 26))
    assert "2 months and 24 days of the 3 months needed" in str(found)


@pytest.mark.parametrize(
    "text",
    [
        "L knee OA. PT and HEP Apr-Jun 2025, then stopped; no better.",  # 4/1 through 6/30
        "L knee OA. Finished 12 weeks of physical therapy for the knee, no better.",
        "L knee OA. Naproxen x 3 months for the knee, no relief.",
    ],
)
def test_months_by_name_and_stated_lengths_are_whole_months(text: str) -> None:
    assert _knee(_note("n1", "2025-07-15", text), as_of=date(2025, 7, 20)) == "met"


def test_a_stated_length_short_of_the_months_stays_short() -> None:
    note = _note("n1", "2025-07-15", "L knee OA. Finished 11 weeks of PT for the knee, no better.")
    assert _knee(note, as_of=date(2025, 7, 20)) == "partial"


def test_calendar_month_arithmetic() -> None:
    assert months_on(date(2026, 8, 28), 3) == date(2026, 11, 28)
    assert months_on(date(2025, 8, 31), 3) == date(2025, 11, 30)  # no 31st: the month's last
    assert months_on(date(2026, 1, 31), -2) == date(2025, 11, 30)
    assert months_between(date(2026, 8, 28), date(2026, 11, 20)) == (2, 23)
    assert months_between(date(2026, 1, 1), date(2026, 4, 1)) == (3, 0)


def test_a_dated_range_and_its_months_by_name_count_alike() -> None:
    for dates in ["4/1/2025-6/30/2025", "Apr-Jun 2025"]:
        note = _note("n1", "2025-07-15", f"L knee OA. PT and HEP {dates}, no better.")
        assert _knee(note, as_of=date(2025, 7, 20)) == "met"
