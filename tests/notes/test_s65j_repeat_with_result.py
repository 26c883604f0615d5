"""A repeat test told with its result is a result had (lead's class at s65-j, noticed by s65-f):
ConText's bare "repeat" made "Repeat QFT today negative" and "repeat PPD read 48h: 0 mm" tests to
come, a TB screen on file a false alarm (repeat_results.py). A repeat ordered, planned, pending,
or told with an earlier test's reading stays to come."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _results_had(text: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 2, 20))])
    return [
        not (f.hypothetical or f.planned or f.negated)
        for f in found
        if f.category == "diagnostic-results" and f.concept == "tb-screening"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Repeat QFT today negative.",
        "repeat PPD read 48h: 0 mm",
        "Repeat QuantiFERON: nonreactive",
        "TB screen: repeat QFT neg",
        "repeat quantiferon resulted negative",
        "Repeat TST read at 72 h - 0 mm induration",
        "Labs: repeat Quantiferon-TB Gold indeterminate again",
        "repeat PPD (-)",
        "Pt had repeat QFT this AM -> negative",
    ],
)
def test_a_repeat_with_its_reading_is_had(text: str) -> None:
    had = _results_had(text)
    assert had and all(had), text


@pytest.mark.parametrize(
    "text",
    [
        "repeat QFT ordered",
        "Plan: repeat QFT",
        "will repeat PPD next week",
        "repeat QFT pending",
        "repeat QFT, last negative",
        "repeat QFT in 1 yr, negative now per pt",
        "repeat PPD if positive",
        "to repeat QFT before infusion - prior indeterminate",
    ],
)
def test_a_repeat_to_come_stays_to_come(text: str) -> None:
    assert not any(_results_had(text)), text
