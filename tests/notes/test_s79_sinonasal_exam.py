"""The nose and sinuses examined are exam findings for a sinus CT (blind wave 94, MX/img-03).

An ENT visit's "Nasal endoscopy: bilateral purulent drainage from middle meatus, edematous mucosa,
no polyps." found no exam for AIM-001: its vocabulary held the spine, joints, lungs and nerves
only. targets.yaml's sinonasal-exam reads the endoscope's and speculum's findings; drainage told
as the patient's complaint stays history (checklists/told_symptoms.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.told_symptoms import told_as_symptom
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _sinus(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 5, 28))])
    return [f for f in found if f.concept == "sinonasal-exam"]


def _exam(text: str) -> list:
    return [f for f in _sinus(text) if f.asserted and not told_as_symptom(f)]


@pytest.mark.parametrize(
    "text",
    [
        "Nasal endoscopy: bilateral purulent drainage from middle meatus, edematous mucosa.",
        "Exam: bilateral inferior turbinate hypertrophy, septal deviation to the L.",
        "Anterior rhinoscopy: boggy turbinates, mucopurulent discharge R.",
        "O: nasal polyps bilaterally filling the middle meatus.",
        "PE: maxillary tenderness, purulence at the R middle meatus.",
    ],
)
def test_sinonasal_findings_are_exam(text: str) -> None:
    assert _exam(text)


@pytest.mark.parametrize(
    "text",
    [
        "HPI: c/o purulent nasal drainage and facial pressure x 3 mos.",
        "Pt reports thick discharge every morning.",
        "Plan: nasal endoscopy at next visit.",
        "Family history: mother with nasal polyps.",
    ],
)
def test_complaints_plans_and_family_are_not(text: str) -> None:
    found = [f for f in _exam(text) if f.section not in ("plan",)]
    assert not found


def test_a_normal_endoscopy_is_still_the_exam_but_its_denied_signs_are_not() -> None:
    # As "lungs clear" is the lung exam the visit made (lung-exam): the scope was done.
    found = _exam("Nasal endoscopy: no polyps, no purulence, no mucosal edema.")
    assert [f.text for f in found] == ["Nasal endoscopy"]
