"""Relief written as pain scores before and after a block is a relief percentage (relief.py),
and a remark in brackets between a measure and its value does not hide the value."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.relief import relief_spans


def reliefs(text, title=""):
    notes = [NoteInput("DocumentReference/n1", text, dt.date(2026, 3, 1), title)]
    return [
        f.value
        for f in find_findings(notes)
        if f.concept == "block-relief" and f.asserted and f.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "title", "percent"),
    [
        ("Bupivacaine. Pre 6/10, post 15 min 0/10, 1 h 1/10.", "", 100.0),
        ("Facet injection #2: pre-NRS 9. Post NRS 3 at 1 hr.", "", 66.7),
        ("After the left L5 medial branch block her pain went from 6/10 to 3/10.", "", 50.0),
        ("MBB #2: pain 9->4 at best.", "", 55.6),
        ("Pre-block pain: 6/10\n10 min: 2/10\n1 hour: 3/10\n4 hours: 6/10\n", "Pain diary", 66.7),
        ("Both medial branch blocks: pain 9 -> 1.", "", 88.9),
        ("s/p R L5 TFESI 2/3/26. She reports ~65% improvement in leg pain for 4 months.", "", 65.0),
    ],
)
def test_pain_scores_around_a_block_are_its_relief(text, title, percent):
    assert percent in reliefs(text, title)


@pytest.mark.parametrize(
    "text",
    [
        "Pain from 7/10 to 4/10 over six PT sessions.",
        "Pre-treatment pain 6/10, post-treatment 3/10 after manual therapy.",
        "WOMAC pain went from 14 to 6 after the injection series.",
        "AHI 32->4 on CPAP.",
        "BMI 42 -> 38 since the program began.",
        "Pain 8/10 -> 5/10 this week, walks 2 blocks before resting.",
        "Completed 6 wks PT and HEP with 40% improvement; injection discussed.",
    ],
)
def test_other_scores_are_no_block_relief(text):
    assert relief_spans(text) == []


def test_a_diary_ends_at_its_last_score():
    text = "Pre-procedure pain: 8/10\n30 min: 2/10\nActivities: walked the dog\nNRS 0/10 on 3/3"
    assert [p for _, _, p in relief_spans(text, "Pain diary MBB #1")] == [75.0]


def test_a_remark_in_brackets_before_the_value():
    assert 55.0 in reliefs("Percent relief (per patient report): 55%", "MBB diary")
    assert reliefs("Relief (bupivacaine): 3 hours.") == []
