"""A field answered "none" for a span back from now denies its target: "Falls: none in past
year" is no fall (blind wave 56, a walker asked for by family beside a steady gait). An answer
that turns to what did happen, or a count above zero, still states it."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 5, 4))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Son wants a rollator for the cruise. Falls: none in past year. Walks daily.",
        "Falls - none in the last 6 months.",
        "Near falls: none since last visit.",
        "Falls: none this year; gait normal.",
    ],
)
def test_none_for_a_span_is_no_fall(text: str) -> None:
    assert not _asserted(text, "walking-limitation")


@pytest.mark.parametrize(
    "text",
    [
        "Falls: none in past year - but tripped on the porch steps 4/2.",
        "Falls: 2 in past year, both at home.",
    ],
)
def test_a_span_answered_otherwise_still_states_it(text: str) -> None:
    assert _asserted(text, "walking-limitation")
