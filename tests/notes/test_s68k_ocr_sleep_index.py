"""A faxed sleep study's index misread by OCR in other ways than "AHl" is still read (brief
s68-k): a "1" for its I ("AH1"), a lower-case H as well ("Ahl"), a WatchPAT's "pAHl", full stops
("A.H.I."), and the same for REI and RDI. Only before the index's value: other "AH" words, a name,
a date and a relative's or a sub-measure's index stay what they were.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.text_cleanup import blank_noise


def _measures(text: str) -> list[tuple[str, float | None, bool]]:
    note = NoteInput("DocumentReference/psg2", text, dt.date(2026, 4, 15), "Sleep study")
    found = find_findings([note])
    return [(f.concept, f.value, f.asserted) for f in found if f.category == "measure"]


@pytest.mark.parametrize(
    ("text", "concept", "value"),
    [
        ("Home sleep test 3/2026: pAHl 18.2/h, nadir SpO2 84%.", "ahi", 18.2),
        ("WatchPAT: pAH1 = 22", "ahi", 22.0),
        ("RESULTS: Ahl 14.9/h, mild OSA.", "ahi", 14.9),
        ("Ahl: 14.9", "ahi", 14.9),
        ("AH1 (4% rule) 14.9/h", "ahi", 14.9),
        ("AH1 of 31.0, severe.", "ahi", 31.0),
        ("A.H.I. 14.9/h", "ahi", 14.9),
        ("A.H.I.: 31", "ahi", 31.0),
        ("Home sleep test: RE1 16/h.", "rei", 16.0),
        ("R.E.I. 16 events/h", "rei", 16.0),
        ("RD1 24.5 events/hr", "rdi", 24.5),
        ("Rdl = 24", "rdi", 24.0),
    ],
)
def test_an_index_misread_by_ocr_is_read(text: str, concept: str, value: float) -> None:
    assert (concept, value, True) in _measures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Supine AH1 22.",  # a sub-measure, not the overall index
        "AHA 14 guideline reviewed.",
        "AH 14 on exam.",
    ],
)
def test_a_near_miss_gives_no_index(text: str) -> None:
    assert not [m for m in _measures(text) if m[2]]


def test_a_relative_s_index_stays_a_relative_s() -> None:
    assert ("ahi", 40.0, True) not in _measures("Husband's Ahl 40 on his own study.")


def test_words_without_an_index_value_stay_and_the_length_is_kept() -> None:
    for text, read in (
        ("A.H.I. 14.9/h", "   AHI 14.9/h"),
        ("Ahl 14.9", "AHI 14.9"),
        ("seen by Ahl 3/2026", "seen by Ahl 3/2026"),
        ("Rel 2 wks", "Rel 2 wks"),
        ("Ahl family", "Ahl family"),
        ("AHA 14", "AHA 14"),
    ):
        assert blank_noise(text) == read
