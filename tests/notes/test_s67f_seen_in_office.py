"""A note that says the patient was seen in the office records a visit held there: "Seen in
office (son drove). D/c'd 10/2 after COPD exacerbation ..." was the certifying physician's
face-to-face visit two days before home nursing began (blind wave 70, JH/hh-03). "Seen in clinic"
and "seen in the office" already counted; the article, "our", "at", "in-office", "ofc" or a
"today" between are the same visit. One still to come, or one denied, is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _visit_held(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 10, 6))])
    return any(f.concept == "in-person-visit" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Seen in office (son drove). D/c'd 10/2 after COPD exacerbation.",
        "Pt seen today in office with daughter for hospital f/u.",
        "Seen in the clinic today, post-hospital follow-up.",
        "Patient was seen at the office 10/6 for COPD.",
        "Seen in-office 10/6/26; homebound since discharge.",
        "S: seen in our clinic w/ wife after CHF admission.",
        "Seen in ofc, ambulates 20 ft with walker.",
        "Pt was seen at our office today for post-op check.",
    ],
)
def test_a_patient_seen_in_the_office_is_a_visit_held(text: str) -> None:
    assert _visit_held(text), text


@pytest.mark.parametrize(
    "text",
    [
        "To be seen in office in 2 weeks for F2F.",
        "Will be seen in our clinic next week.",
        "Not seen in office since 2024; telephone visit today.",
        "Needs to be seen in office before HH can be certified.",
        "Office closed; pt could not be seen in office, call made instead.",
    ],
)
def test_a_visit_to_come_or_not_held_is_none(text: str) -> None:
    assert not _visit_held(text), text
