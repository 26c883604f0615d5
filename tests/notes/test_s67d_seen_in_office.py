"""A visit held told by where the patient was seen (brief s67-d, class 1): "Seen in office
today", "Pt seen in our office today", "presents to clinic today" are the practitioner's own
record of an in-person visit, as "seen in clinic" and "seen in the office" already were, but
only those two wordings were read. A visit still to come ("will be seen in office in 2 wks"),
one denied ("not seen in office since 2024") or one that is no visit held stays none."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _held_visit(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 21))])
    return any(
        f.concept == "in-person-visit" and not f.negated and not f.hypothetical and not f.planned
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Seen in office today for f/u of OSA.",
        "Pt seen in our office today; ESS 14, BMI 34.",
        "Patient was seen in-office today for COPD follow-up.",
        "Seen at the clinic today with her daughter. Dyspnea on exertion.",
        "S: Pt presents to clinic today for DM f/u, A1c 8.2.",
        "Patient presented to the office today with R knee pain x 6 mo.",
        "HPI: pt here in office today for CPAP f/u, snoring persists.",
        "Evaluated in clinic today by Dr. Shah; exam below.",
        "pt seen in ofice today, wife present",
    ],
)
def test_where_the_patient_was_seen_is_a_visit_held(text: str) -> None:
    assert _held_visit(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Will be seen in office in 2 weeks to review the study.",
        "To be seen in our office after the sleep study.",
        "Telephone visit. Not seen in office since 2024.",
        "B12 injection given in office today.",
        "Plan: pt to present to clinic in 2 wks for titration review.",
    ],
)
def test_a_visit_to_come_or_denied_is_none(text: str) -> None:
    assert not _held_visit(text), text
