"""A patient who sleeps or lies flat without trouble needs no positioning an ordinary bed cannot
give (LCD L33820): the narrative's "Sleeps flat on 1 pillow, no SOB lying down" denies the need a
vendor form's ticked box claims (blind wave 78, KN/dme-hospital-bed-03). Before, neither phrase
was read: "sleeps flat" was no target, and the orthopnea target knew "SOB lying flat" but not
"SOB lying down", so the narrative denied nothing and the ticks stood.

Only the patient's own flat lying, stated as how things are: not an inability ("can't sleep
flat"), a relative's, a past state ("used to sleep flat"), a flat bed that is the problem ("sleeps
flat in double bed ... but slides down"), nor flat on a stack of pillows."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _positioning(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/p1", text, dt.date(2026, 11, 24))])
    return [f for f in found if f.concept == "positioning-need"]


def _denied(text: str) -> bool:
    """The narrative answers the positioning need no, and nowhere states it."""
    found = _positioning(text)
    return any(f.negated and not f.family for f in found) and not any(f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Sleeps flat on 1 pillow, no SOB lying down, no reflux, no wounds.",
        "S: pt sleeps flat w/ one pillow.",
        "Lies flat without difficulty.",
        "Tolerates lying flat, no PND.",
        "Able to lie flat comfortably for exam and at night.",
        "No orthopnea, sleeps flat fine.",
        "Sleeping flat in own bed w/o problems.",
        "He lays flat w/o SOB.",
        "Denies dyspnea laying down.",
        "No shortness of breath when lying down.",
        "Pt reports she sleeps supine on a single pillow.",
    ],
)
def test_lying_flat_without_trouble_denies_the_need(text: str) -> None:
    assert _denied(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cannot sleep flat - wakes choking.",
        "Can't lie flat, sleeps in recliner.",
        "Unable to lay flat d/t SOB.",
        "Used to sleep flat, now needs 4 pillows.",
        "Pt currently sleeps flat in double bed; daughter props w/ pillows but pt slides down.",
        "Wife sleeps flat; pt needs HOB 45 deg for aspiration.",
        "Sleeps flat but wakes gasping 2-3x/night.",
        "Sleeps flat on 3 pillows.",
        "Goal: able to lie flat for sleep.",
        "No longer able to sleep flat.",
    ],
)
def test_near_misses_deny_nothing(text: str) -> None:
    assert not _denied(text)


@pytest.mark.parametrize(
    "text",
    ["Gets SOB lying down.", "Short of breath when laying down, sleeps in recliner."],
)
def test_breathless_lying_down_is_the_need(text: str) -> None:
    assert any(f.asserted for f in _positioning(text))
