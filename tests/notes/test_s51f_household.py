"""Whom the patient lives with is social history, not a relative whose findings follow
("Lives w/ husband, was church treasurer - can no longer manage checkbook": blind wave 55,
GZ/slp-02). A relative described after it, or named anywhere else in the statement, still
makes a finding the family's."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.caregiver_care import household_only


def _patients(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/h1", text, dt.date(2026, 5, 14))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lives with wife, retired mail carrier - no longer able to talk on the phone.",
        "Lives at home with her son and daughter-in-law; can no longer talk on phone w/ bank.",
        "Lives w/ spouse. Retired teacher, can no longer manage checkbook or talk on phone.",
    ],
)
def test_the_household_leaves_the_limit_the_patients(text: str) -> None:
    assert _patients(text, "communication-limitation")


@pytest.mark.parametrize(
    "text",
    [
        "Lives with wife, who can no longer talk on the phone.",
        "Lives with husband; his mother has trouble talking on the phone.",
        "Husband has trouble talking on the phone.",
    ],
)
def test_a_relative_described_or_named_elsewhere_stays_the_family_s(text: str) -> None:
    assert not _patients(text, "communication-limitation")


def test_household_only_needs_every_relative_in_the_household() -> None:
    assert household_only("Lives w/ husband, can no longer manage checkbook")
    assert not household_only("Lives w/ husband, daughter manages her checkbook")
    assert not household_only("Lives alone, manages her checkbook")
