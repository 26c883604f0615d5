"""A note opening with its visit label and an unbracketed "in office" tag records a visit held.

Blind wave 93, MU/cgm-02: the ordering PCP's note of 9/30/26 opens "PCP f/u in office. Level 3
hypo 8/22 (EMS, glucagon) ..." four days before the CGM order, and CGM-002 (a visit with the
treating practitioner in the 6 months before the order, LCD L33822) found none: only the
bracketed tag ("DM f/u (in office)") was read, since "f/u in office in 3 mo" is a visit to come.
The tag closed at the statement's end, after one to three words of the clinic or problem, is the
visit the note records (targets.yaml, in-person-visit).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _held(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 30))])
    return any(
        f.concept == "in-person-visit" and not f.negated and not f.planned for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "PCP f/u in office. Level 3 hypo 8/22 (EMS, glucagon). Plan: CGM for hypoglycemia.",
        "Diabetes visit in clinic today. BG logs reviewed.",
        "COPD f/u in office. SpO2 94% RA.",
        "Endo f/u - in clinic.\nT1DM x 19 yrs, A1c 8.8.",
        "DM recheck in-office: A1c 7.9.",
    ],
)
def test_a_visit_label_tagged_in_office_is_a_visit_held(text: str) -> None:
    assert _held(text)


@pytest.mark.parametrize(
    "text",
    [
        "PCP f/u in office in 3 mo.",
        "Plan: f/u in office.",
        "Plan: PCP f/u in office.",
        "Plan:\nPCP f/u in office.",
        "RTC f/u in office.",
        "Next PCP f/u in office.",
        "Will f/u in office.",
        "Needs PCP f/u in office.",
        "Schedule DM f/u in office.",
        "Phone f/u in office.",
        "Nurse visit in office.",
        "B12 injection given in office today.",
    ],
)
def test_a_visit_to_come_or_another_contact_is_none(text: str) -> None:
    assert not _held(text)
