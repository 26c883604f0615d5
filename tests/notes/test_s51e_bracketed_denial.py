"""A denial inside brackets reaches no further than the bracket's close.

A review-of-systems line answers one question in brackets and goes on to list what the patient
has: in "Cough at night? (no - denies wheeze), loud snoring, gasping arousals, ESS 14" the
snoring, the gasping and the Epworth score were denied by the bracket's "denies" (blind wave 55),
so the sleep evaluation before the test was not seen. A denial outside the bracket, before it,
still denies what follows; a bracket left open still reads to the end of the statement.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.bracket_denials import bracket_closes_between, without_closed_brackets


def _asserted(text: str) -> set[str]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 5, 4))])
    return {f.concept for f in found if f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "Cough at night? (no - denies wheeze), loud snoring, witnessed apneas, ESS 14.",
        "Chest pain? (no), loud snoring, witnessed apneas, ESS 14.",
        "Reflux [denies], loud snoring and witnessed apneas; ESS 14.",
    ],
)
def test_what_follows_a_bracketed_denial_is_asserted(text: str) -> None:
    assert {"sleep-symptom", "sleepiness", "ncd-symptoms"} <= _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Denies (on direct questioning) loud snoring or witnessed apneas.",
        "No (per wife) loud snoring, ESS 14.",
        "Cough at night? (no - denies wheeze, loud snoring, witnessed apneas, ESS 14.",
    ],
)
def test_a_denial_outside_or_left_open_still_denies(text: str) -> None:
    assert "sleep-symptom" not in _asserted(text), text


def test_the_helpers_read_the_bracket() -> None:
    text = "A? (no - x), b"
    assert bracket_closes_between(text, (4, 6), text.index("b"))
    assert not bracket_closes_between("no (x) b", (0, 2), 7)
    assert without_closed_brackets(text, text.index("b")) == "A?         , b"
