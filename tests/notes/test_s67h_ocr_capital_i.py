"""OCR's small "l" for a capital "I" in a word of capitals is read as the "I" (brief s67-h; blind
wave 70, JH/cpap-02: a faxed polysomnography's "AHl 14.9/h" was no AHI, and the 5-14 index with
hypertension was called missing). A chloride's "Cl" ("KCl", "HCl", "NaCl") keeps its small l; a
sub-measure ("Supine AHl 22") and a relative's index stay what they were.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.text_cleanup import blank_noise


def _measures(text: str) -> list[tuple[str, float | None, bool]]:
    note = NoteInput("DocumentReference/psg1", text, dt.date(2026, 4, 15), "Sleep study")
    found = find_findings([note])
    return [(f.concept, f.value, f.asserted) for f in found if f.category == "measure"]


@pytest.mark.parametrize(
    ("text", "concept", "value"),
    [
        ("Apneas + hypopneas (4% rule): 62 events. AHl 14.9/h. Supine AHI 22.", "ahi", 14.9),
        ("RESULTS: AHl = 31.0", "ahi", 31.0),
        ("AHl (4% rule) 14.9/h", "ahi", 14.9),
        ("Home sleep test: REl 16/h, nadir SpO2 83%.", "rei", 16.0),
        ("RDl 24.5 events/hr", "rdi", 24.5),
        ("lnterpretation: AHl of 9.2, mild OSA.", "ahi", 9.2),
    ],
)
def test_an_index_faxed_with_a_small_l_is_read(text: str, concept: str, value: float) -> None:
    assert (concept, value, True) in _measures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Supine AHl 22.",  # a sub-measure, not the overall index
        "K+ 3.1, KCl 20 mEq given.",
    ],
)
def test_a_near_miss_gives_no_index(text: str) -> None:
    assert not [m for m in _measures(text) if m[2]]


def test_a_relative_s_index_stays_a_relative_s() -> None:
    assert ("ahi", 40.0, True) not in _measures("Husband's AHl 40 on his own study.")


def test_only_capital_words_change_and_the_length_is_kept() -> None:
    for text, read in (
        ("PHYSlCAL EXAM", "PHYSICAL EXAM"),
        ("lNR 2.1", "INR 2.1"),
        ("metformin HCl 500 mg, NaCl 0.9%, KCl", "metformin HCl 500 mg, NaCl 0.9%, KCl"),
        ("All clear, Al at bedside", "All clear, Al at bedside"),
    ):
        assert blank_noise(text) == read
        assert len(blank_noise(text)) == len(text)
