"""Visits named by how they are given are a visit count (blind wave 44, FI/speech-language-02:
an order's "12 additional group sessions, 2x/wk" went unread); a frequency alone is none."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _counted(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/v1", text, dt.date(2026, 8, 3))])
    return any(f.concept == "visit-count" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text", ["10 more group sessions 2x/wk", "Request 8 individual visits, 1x/wk."]
)
def test_visits_named_by_how_they_are_given_are_counted(text: str) -> None:
    assert _counted(text)


def test_group_sessions_without_a_number_are_no_count() -> None:
    assert not _counted("Continue group sessions 2x/wk.")
