"""A visit's modality tag after the visit's date, found by blind wave 66: "Pulmonary NP visit
7/7/26 (in clinic)" (IP/dme-home-oxygen-02) and "Progress Note  09/21/2026 (office)"
(IP/sleep-studies-03) head the ordering practitioner's own note of an in-person visit, as
"DM f/u (in office)" does (blind wave 40), but the bracketed tag was read only right after the
visit word. The date may stand between them, and a note's title stands for its visit. A tag on
a visit to come, a procedure done in the office, or a telephone note is still no visit held."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _held_visit(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 21))])
    return any(
        f.concept == "in-person-visit" and not f.negated and not f.planned for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pulmonary NP visit 7/7/26 (in clinic)\nIPF dx 2024, on nintedanib.",
        "Progress Note  09/21/2026 (office)\nHPI: 47M, snores loudly.",
        "Sleep f/u 9/21 (in person). ESS 14, BMI 34.",
        "Office Visit Note - 09/21/2026 [in-office]\nHPI: daytime sleepiness.",
        "Clinic note 9/21/26 (in office): COPD, breathless on stairs.",
        "FOLLOW-UP VISIT 09/21/2026 (IN PERSON)\nS: snoring, witnessed apneas.",
        "Progress note, 9/21/2026 (in-clinic)\nA/P: suspected OSA.",
        "ORTHO RETURN VISIT 09/21/2026 (in office)\nR shoulder pain.",
    ],
)
def test_a_dated_visit_tagged_in_person_is_a_visit_held(text: str) -> None:
    assert _held_visit(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: f/u 12/21/26 (in office) to review the study.",
        "Next appt 10/15/26 (in office) with Dr. Shah.",
        "Next f/u appt 12/1/26 (in office).",
        "Upcoming visit 10/15/26 (in clinic) for CPAP titration review.",
        "Progress Note 09/21/2026 (telephone)\nPt reports snoring.",
        "B12 injection given 9/21 in office.",
        "Progress note 09/21/2026\nSeen via video; snoring.",
    ],
)
def test_a_visit_to_come_or_not_in_person_is_none(text: str) -> None:
    assert not _held_visit(text), text
