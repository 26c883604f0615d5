"""The month May is no "may" (blind wave 29, DC/hip-03): "completed crutch walking (Apr-May),
celecoxib since April" made the celecoxib an option left open (ConText's SPECULATIVE "may"),
so four months of an NSAID went unread and a hip's conservative care was called short. The
month closes a range of months, is followed by its day or year, or is written "May" after a
word that dates it; the verb ("- may need a TKA", "May consider an injection") still leaves
what follows open."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_DAY = dt.date(2026, 9, 1)


def _nsaid(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, _DAY)])
    return [f for f in found if f.concept == "nsaid"]


@pytest.mark.parametrize(
    "text",
    [
        "Interval: finished protected weight bearing (crutches Apr-May), celecoxib since April.",
        "Walker use March to May, then celecoxib daily since June.",
        "Off crutches since May 12, celecoxib since April.",
        "Crutches until late May; celecoxib 200 mg daily since April.",
    ],
)
def test_the_month_may_leaves_the_care_asserted(text: str) -> None:
    found = _nsaid(text)
    assert found and all(f.asserted and not f.speculative for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Hip OA - may benefit from celecoxib.",
        "May consider celecoxib if GI tolerance allows.",
        "Pt may try celecoxib.",
    ],
)
def test_the_verb_may_still_leaves_the_care_open(text: str) -> None:
    assert not any(f.asserted for f in _nsaid(text))
