"""A saturation taken today, set beside the last visit's, is the visit's own examination (brief
s86-programs).

NV/oxygen-02 (blind wave 101): the ordering DO's only note, charted with no Encounter, is one
"Assessment and Plan:" paragraph: "Resting SpO2 RA 89% seated today, 92% last visit in Sept." The
reading is taken in the room (OXY-002's face-to-face), but the room air written between "SpO2"
and its value hid it, and the earlier visit's comparison reading vetoed the whole statement. A
reading told by the patient, taken at home or by someone else, one only from the last visit, and
one still to come stay none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

WRITTEN = date(2026, 10, 28)


def _examined(text: str, title: str = "Progress note") -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, WRITTEN, title)])
    return any(f.concept == "examined-in-person" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Assessment and Plan:\nILD/PF with PH (echo 8/12 RVSP 58). Resting SpO2 RA 89% seated "
        "today, 92% last visit in Sept. Dyspnea on 1 flight.\nGroup II qualifying w/ PH.",
        "A/P: COPD - SpO2 on RA 87% at rest today, 90% at last visit.",
        "Assessment: hypoxemia, O2 sats room air 86% in clinic, previously 91%.",
        "A/P: ILD - SpO2 RA 88% today.",
    ],
)
def test_a_reading_taken_today_is_the_visits_exam(text: str) -> None:
    assert _examined(text), text


@pytest.mark.parametrize(
    "text",
    [
        # Only the last visit's reading.
        "A/P: ILD - SpO2 RA 89% at last visit, not rechecked.",
        # Told, taken at home or by someone else, even with "today".
        "A/P: pt reports SpO2 RA 87% today on her home oximeter, 91% last visit.",
        "A/P: per RT, SpO2 RA 86% today, 90% at last visit.",
        # Still to come.
        "Plan: will recheck SpO2 RA today after walk, 92% last visit.",
    ],
)
def test_a_reading_told_elsewhere_or_to_come_is_none(text: str) -> None:
    assert not _examined(text), text


@pytest.mark.parametrize("title", ["Telephone encounter", "Portal message"])
def test_a_remote_note_is_no_visit(title: str) -> None:
    assert not _examined("A/P: ILD - SpO2 RA 89% today, 92% last visit.", title)
