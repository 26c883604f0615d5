"""A relative who translates another language is no communication deficit, whichever statement of
the line names the language (brief s65-h, noticed by s65-c: "Family speaks Spanish; daughter
translates phone calls" was cut at ';' and the guard saw only its own statement). Still the
deficit: a relative who speaks for a patient whose speech strangers cannot follow, with no
language named on the line, and a deficit of the patient's own beside a language.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limit_told(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/l1", text, dt.date(2026, 1, 13))])
    return any(f.concept == "communication-limitation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Family speaks Spanish; daughter translates phone calls",
        "Pt speaks only Vietnamese. Daughter translates phone calls.",
        "Primary language Somali; son interprets his speech at appts",
        "LEP (Arabic); wife makes his phone calls",
        "Spanish-speaking household; mom speaks for him at the pharmacy",
        "Social: lives w/ daughter, speaks Nepali only; daughter translates what he says",
        "Haitian Creole speaker; husband answers for her at visits",
        "Interpreter declined; daughter translates calls",
    ],
)
def test_a_relative_translating_a_language_is_no_deficit(text: str) -> None:
    assert not _limit_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wife 'translates' phone calls; he quit going to pharmacy alone.",
        "Husband interprets her speech for others at appointments.",
        "Mother speaks for him at the store; pt frustrated.",
        "Speaks English; ~50% intelligible to unfamiliar listeners.",
    ],
)
def test_a_relative_speaking_for_the_patient_is_still_the_deficit(text: str) -> None:
    assert _limit_told(text)
