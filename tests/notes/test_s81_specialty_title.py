"""A note titled by its specialty's name alone ("Neurology.", "NEUROLOGY" on its own line) records
the clinic's visit, as "Pulm visit." does (blind wave 96, NG/bed-02); the same name later in a
note (a referral or consult list), a field ("Neurology: f/u 3 mo"), a referral or a telephone
note's heading is no visit (notes/specialty_titles.py)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _visit_held(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 29))])
    return any(f.concept == "in-person-visit" and not f.negated and not f.planned for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Neurology. MS w/ spastic paraparesis. Plan: hospital bed.",
        "NEUROLOGY\n52F SPMS, EDSS 7.0.",
        "Sleep medicine\nLoud snoring, ESS 14.",
        "\n\nPulmonology.\nCOPD, SpO2 87% RA.",
        "Header line\nPulm visit. SpO2 88%.",  # a visit's label counts wherever it stands
    ],
)
def test_a_note_titled_by_its_specialty_is_a_visit_held(text: str) -> None:
    assert _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referrals: Cardiology. Neurology. Plan: bed.",
        "Consults:\nNeurology\nCardiology",
        "Neurology: f/u 3 mo.",
        "Neurology referral placed.",
        "Neurology telephone note. MS.",
        "Plan: Neurology.",
        "Progress note\nNeurology. MS.",
    ],
)
def test_a_specialty_named_elsewhere_is_no_visit(text: str) -> None:
    assert not _visit_held(text)


# Blind wave 105, OJ/oxygen-01: the ordering pulmonologist's HTML note headed "Pulmonary
# Clinic" (an <h3> of its own), then HPI, ROS, the walk-test table and A/P: the clinic's title.
@pytest.mark.parametrize(
    "text",
    [
        "Pulmonary Clinic\n\nHPI: COPD GOLD 3, SOB walking to mailbox.\n\nA/P: Home O2 2 L/min.",
        "NEUROLOGY CLINIC\nMS w/ spastic paraparesis.",
        "Sleep medicine clinic.\nLoud snoring, ESS 14.",
    ],
)
def test_a_note_titled_by_its_specialty_clinic_is_a_visit_held(text: str) -> None:
    assert _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referrals:\nPulmonary clinic\nCardiology clinic",
        "Plan: Pulmonary clinic.",
        "Progress note\nPulmonary Clinic\nCOPD.",
        "Pulmonary clinic referral placed.",
        "Pulmonary clinic telephone note. COPD, SOB.",
        "Pulmonary clinic in 3 months.",
    ],
)
def test_a_specialty_clinic_named_elsewhere_is_no_visit(text: str) -> None:
    assert not _visit_held(text)
