"""A target that lies inside a longer match of the same concept which the reader found denied is
denied as well, whatever kind of target matched it. The longer match reads the words before the
whole phrase; a shorter phrase or pattern that starts further in sees no denial before it and
used to stay asserted ("Does not require positioning ... not feasible in an ordinary bed" met
the hospital bed's positioning need)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.model import NoteFinding
from smartapp.notes.nested_denials import denied_within

_BED = "positioning-need"


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 3, 9))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Does not require positioning in ways not feasible in an ordinary bed.", _BED),
        ("Denies any need for positions not possible in an ordinary bed; sleeps flat.", _BED),
        ("No need for body positioning not feasible in a regular bed at this time.", _BED),
        # Home health's skilled need (HHC-002): the care named deep in a denied need.
        ("No skilled nursing need is present now for the daily dressing changes or wound care "
         "at home.", "skilled-need"),
        ("Pt does not have a need for skilled therapy services, including PT for gait training.",
         "skilled-need"),
    ],
)  # fmt: skip
def test_a_denied_longer_match_denies_the_target_inside_it(text: str, concept: str) -> None:
    assert not _asserted(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Positioning not feasible in a standard bed; HOB 45 deg for reflux.", "positioning-need"),
        ("Requires positioning in ways not feasible in an ordinary bed.", "positioning-need"),
        ("Pt cannot propel a manual wheelchair more than 15 ft.", "manual-chair-insufficient"),
    ],
)
def test_a_finding_with_its_own_not_and_no_denial_before_it_stays(text: str, concept: str) -> None:
    assert _asserted(text, concept)


def _finding(concept: str, start: int, end: int, negated: bool) -> NoteFinding:
    return NoteFinding(
        "DocumentReference/n1", "clinical-notes", concept, "x" * (end - start), start, end,
        negated, False, False, False, None, "", None, False, (), frozenset(), None, False,
        None, False, False,
    )  # fmt: skip


def test_only_the_same_concept_strictly_inside_is_denied() -> None:
    outer = _finding("skilled-need", 10, 60, negated=True)
    inside = _finding("skilled-need", 30, 60, negated=False)
    other_concept = _finding("homebound", 30, 50, negated=False)
    overlapping = _finding("skilled-need", 50, 70, negated=False)
    same_span = _finding("skilled-need", 10, 60, negated=False)
    out = denied_within([outer, inside, other_concept, overlapping, same_span])
    assert [f.negated for f in out] == [True, True, False, False, False]


def test_a_short_match_denied_on_its_own_does_not_deny_the_longer_one() -> None:
    short = _finding("skilled-need", 10, 20, negated=True)
    longer = _finding("skilled-need", 10, 40, negated=False)
    assert [f.negated for f in denied_within([short, longer])] == [True, False]
