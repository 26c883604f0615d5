"""A drug "since the fall" in a note that tells of no fall: the autumn (brief s83-tables).

"Did PT late Sept to mid Nov (12 visits), meloxicam since the fall, CSI 9/15 and 12/8" (blind wave
98, NL/tsa-01): the drug was read at the note's day only, and "fall" as a fall had, a limit on
walking. After a drug, with no fall told in the statement or elsewhere in the note, it is the
latest fall begun by the note, read from its middle (fall_seasons.py). A fall of someone, one
told by where or when, pain since it, or a note that tells of a tumble keep the injury's reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_NOTE_DAY = date(2026, 2, 23)
#: 2025-10-01, the middle of the fall begun by the note, to the note's day.
_SINCE_AUTUMN = (_NOTE_DAY - date(2025, 10, 1)).days


def _findings(text: str) -> list:
    return find_findings([NoteInput("DocumentReference/n1", text, _NOTE_DAY)])


def _drug_days(text: str) -> int | None:
    drugs = [f for f in _findings(text) if f.concept in ("nsaid", "analgesic")]
    assert drugs
    return drugs[0].duration_days


def _falls(text: str) -> list[str]:
    return [f.text for f in _findings(text) if f.concept == "walking-limitation"]


@pytest.mark.parametrize(
    "text",
    [
        "Did PT late Sept to mid Nov (12 visits), meloxicam since the fall, CSI 9/15 and 12/8 - "
        "each helped ~3 wks.",
        "Meloxicam since the fall.",
        "On naproxen since fall, helps some.",
        "Taking ibuprofen 600 mg TID since the fall.",
        "Gabapentin since the fall - no better.",
        # a fall denied elsewhere tells of none
        "No falls. Meloxicam since the fall.",
        "Fall risk: low. Meloxicam since the fall.",
    ],
)
def test_a_drug_since_the_fall_runs_from_the_autumn(text: str) -> None:
    assert _drug_days(text) == _SINCE_AUTUMN
    assert "fall" not in [t.lower() for t in _falls(text)]


@pytest.mark.parametrize(
    "text",
    [
        "On ibuprofen since her fall.",
        "Naproxen since his fall 3/2.",
        "Meloxicam since the fall on ice.",
        "Meloxicam since the fall in Dec.",
        "Meloxicam since the fall at work.",
        "Slipped on the stairs, naproxen since the fall.",
        "Fell on ice in November. Meloxicam since the fall.",
        "Mechanical fall 12/2025 in the driveway.\nIbuprofen since the fall.",
    ],
)
def test_a_fall_told_keeps_the_injury(text: str) -> None:
    assert _drug_days(text) != _SINCE_AUTUMN


@pytest.mark.parametrize(
    "text",
    [
        "Back pain since the fall.",  # no drug: pain since a fall is as often an injury's
        "Back pain since the fall on ice.",
        "Fell on ice in November. Meloxicam since the fall.",
    ],
)
def test_no_season_read_without_a_drug_or_with_a_fall_told(text: str) -> None:
    durations = [f.duration_days for f in _findings(text) if f.duration_days]
    assert _SINCE_AUTUMN not in durations


def test_the_fall_read_as_the_season_is_no_walking_limit() -> None:
    assert _falls("Meloxicam since the fall.") == []
    assert _falls("Fell on ice in November. Meloxicam since the fall.") == ["fall"]
    assert _falls("Back pain since the fall.") == ["fall"]
