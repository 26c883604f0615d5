"""Therapy a patient tells of in plain words, counted in visits, is physical therapy ("went to
the therapy thing, ten or so visits"; blind wave 44, FI/hip-arthroplasty-03). A kind of therapy
the note names is that kind's, and "therapy" with no visits counted is no course named."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _therapy(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 9, 14))])
    return any(f.concept == "physical-therapy" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "She says she did the therapy for about six weeks, twelve visits, no change.",
        "Tried therapy in the spring, 10 sessions, still sore.",
        "He had some therapy last year - seven or eight visits - which did not help.",
    ],
)
def test_therapy_counted_in_visits_is_physical_therapy(text: str) -> None:
    assert _therapy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Continue speech therapy, 12 sessions approved.",
        "Aphasia better with group therapy, 8 more visits requested.",
        "Discussed the therapy options with her.",
        "Steroid therapy was tapered over 3 weeks.",
    ],
)
def test_a_named_kind_or_no_visits_is_no_physical_therapy(text: str) -> None:
    assert not _therapy(text)
