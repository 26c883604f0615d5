"""Insulin on a list that the same line says is not in use, and a visit tagged "(in office)".

Blind wave 40 (ES/cgm-02, EU/dme-cgm-02): CGM-001 (insulin treatment, LCD L33822) was met on a
reconciled medication list's basal insulin whose own line said it was never started (Epic writes
the status after a dash, where the list was cut) or that the patient has not used it since a
past year. And CGM-002's visit was missed where the note opens "DM f/u (in office)": the
bracketed modality tag on a visit word says the visit was held in person.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _concepts(text: str, concept: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 14))])
    return [f for f in found if f.concept == concept and not f.negated]


def _insulin(text: str) -> bool:
    return any(not f.planned for f in _concepts(text, "insulin-treated"))


@pytest.mark.parametrize(
    "text",
    [
        "Medications:\n - metformin 1000 mg BID\n - insulin detemir (LEVEMIR) 100 u/mL"
        " - NOT TAKING, never started (declined 5/2026)\nROS: negative.\n",
        "Medications:\n - Toujeo 300 u/mL pen - not currently taking\n - lisinopril 10 mg daily\n",
        "Meds: glipizide 5 mg daily, Lantus 100 u/mL (on list - she hasn't taken it since 2023).\n",
        "Meds: empagliflozin 10 mg, insulin aspart (patient has not used since last spring).\n",
    ],
)
def test_listed_insulin_said_not_in_use_is_no_treatment(text: str) -> None:
    assert not _insulin(text)


@pytest.mark.parametrize(
    "text",
    [
        "Medications:\n - insulin detemir (LEVEMIR) 100 u/mL - 18 units at bedtime\n",
        "Meds: Lantus 22 u qHS, metformin 500 BID.\n",
        "On Toujeo 30 u nightly; hasn't used a CGM before.\n",
    ],
)
def test_insulin_in_use_still_counts(text: str) -> None:
    assert _insulin(text)


@pytest.mark.parametrize(
    "text",
    ["HTN follow-up (in office). BP 128/76.", "Knee visit [in clinic]: swelling better."],
)
def test_visit_tagged_in_office_is_an_in_person_visit(text: str) -> None:
    assert any(not f.planned for f in _concepts(text, "in-person-visit"))


@pytest.mark.parametrize(
    "text",
    ["B12 injection given in office today.", "Plan: f/u (in office) in 3 months."],
)
def test_office_without_a_held_visit_is_none(text: str) -> None:
    assert not any(not f.planned for f in _concepts(text, "in-person-visit"))
