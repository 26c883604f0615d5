"""A prior block's response written as a bare percentage with how long it held ("Prior TFESI
70% x ~4 mo", "the shot lasted about 4 months at ~70%") is a block-relief value (relief.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def reliefs(text: str) -> list[float]:
    notes = [NoteInput("DocumentReference/n1", text, dt.date(2026, 3, 1), "Pain clinic")]
    return [
        f.value
        for f in find_findings(notes)
        if f.concept == "block-relief" and f.asserted and f.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("A/P: Prior L4 TFESI 8/2/25 60% x ~5 mo. Repeat.", 60.0),
        ("Symptoms came back slowly; the shot lasted about 5 months at ~65%.", 65.0),
        ("Last LESI 10/1/25: 75% for 4 mos.", 75.0),
        ("C6-7 ILESI 7/7/25 - 80% (4 months).", 80.0),
        ("Caudal ESI 55%, lasted 3 mo.", 55.0),
        ("Prior CESI ~4 mo @ 90%.", 90.0),
        ("| 06/12/25 | L L5 TFESI | 85% | 5 mo |", 85.0),
        ("Epidural injection: seventy percent x 3 months.", 70.0),
    ],
)
def test_bare_percentage_with_its_time_is_the_block_relief(text: str, percent: float) -> None:
    assert percent in reliefs(text)


@pytest.mark.parametrize(
    "text",
    [
        "ODI 40% x 3 months after the ESI.",  # a disability score, not relief
        "PT 2x/wk, 50% x 3 months, then ESI discussed.",  # therapy's effect
        "No ESI yet; meloxicam 50% x 3 mo.",  # the drug's, in its own clause
        "ESI 9/16, A1c 7.8% x 3 months.",  # a lab value
        "Seen 4 months ago at the spine clinic.",  # no percentage
    ],
)
def test_other_percentages_stay_unread(text: str) -> None:
    assert reliefs(text) == []
