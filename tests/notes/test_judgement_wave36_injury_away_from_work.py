"""A mechanism told of an injury away from work, found by blind wave 36 (EF/occ-02): a shoulder
note read 'Pt says she "hurt it at work sometime last year", also fell on it at home over the
holidays', and the home fall was taken as the work injury's mechanism, so the work-injury item
was met with no date, mechanism or claim for the work injury. A mechanism whose own clause
places it at home, at the gym or on vacation is another injury's; one whose clause also names
the work stays the work injury's."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.work_context import away_from_work


def _asserted(text: str, concept: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == concept and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Knee pain; says he strained it on the job in the spring, then slipped at home in May.",
        "L wrist: told us she hurt it at work once, also fell on it at her house last winter.",
        "Back pain from work per pt; twisted it at the gym in March.",
    ],
)
def test_a_mechanism_placed_away_from_work_is_no_work_mechanism(text: str) -> None:
    assert not _asserted(text, "mechanism"), text


@pytest.mark.parametrize(
    "text",
    [
        "Slipped on a wet floor at work 3/2/26, fell on R hip.",
        "Home health aide: twisted her back transferring a client at the client's home.",
        "Injured low back lifting a resident at work 2/4/26.",
    ],
)
def test_a_mechanism_at_work_stays(text: str) -> None:
    assert _asserted(text, "mechanism"), text


def test_the_clause_reading() -> None:
    assert away_from_work(" also fell on it at home over the holidays.")
    assert away_from_work("twisted it at the gym")
    assert not away_from_work("fell at home while working remotely")
    assert not away_from_work("slipped in the patient's bathroom")
