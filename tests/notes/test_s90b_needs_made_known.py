"""A child who cannot make needs known, said without the pronoun (blind wave 107,
OP/therapy-speech-language-03).

"4yo, ~15 words, can't make needs known, tantrums at daycare" in a CCC-SLP's evaluation was not
read as the functional deficit SLP-003 asks for (LCD L34563: the limitation in daily terms): the
vocabulary (targets.yaml, communication-limitation) knew "unable to make his needs known" only
with "his", "her" or "their" between. Needs or wants made known by any wording count when a
lead says they cannot be; near misses: needs made known (by gestures, with a device), a goal to
make them known, and a denied difficulty.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

GIRL = ("female", dt.date(2022, 1, 19))


def _limits(text: str) -> list:
    sex, born = GIRL
    note = NoteInput("DocumentReference/n1", text, dt.date(2026, 4, 27), "", sex, born)
    return [f for f in find_findings([note]) if f.concept == "communication-limitation"]


@pytest.mark.parametrize(
    "text",
    [
        "SLP Evaluation. Hx from mother. 4yo, ~15 words, can't make needs known, tantrums at "
        "daycare.",
        "4yo, ~15 words, can\u2019t make needs known.",
        "Unable to make needs known at preschool.",
        "Difficulty making wants and needs known to teachers.",
        "Cannot make her basic needs known verbally.",
    ],
)
def test_needs_that_cannot_be_made_known_are_the_child_s_limit(text: str) -> None:
    found = _limits(text)
    assert found and any(f.asserted for f in found), text


@pytest.mark.parametrize(
    "text",
    [
        "Makes needs known with gestures and 2-word phrases.",
        "Able to make needs known verbally.",
        "Goal: will make needs known with PECS 80%.",
        "No difficulty making needs known.",
        "Makes wants known consistently with core board.",
    ],
)
def test_needs_made_known_or_a_goal_to_make_them_known_is_no_limit(text: str) -> None:
    assert not any(f.asserted for f in _limits(text)), text
