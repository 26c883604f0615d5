"""A side named inside a bracketed aside of its own stays inside it (s74-h; blind wave 86,
LS/kas-03).

"R knee lateral pain/catching since Jan. (L knee scoped elsewhere 12/2025, doing well.) PT 8 wks
Feb-Apr, meloxicam 15 qd x3 mos, quit running." The splitter kept the aside with the care after
it, and the left knee it names became the care's: a right-knee scope found no care at all. An
aside that is a sentence of its own (its full stop inside) or opens the statement with a clause
of its own tells of what it names; an aside that labels what it follows ("PT x6 wks (R knee)")
gives it its side, as before.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.aside_sides import aside_regions, outside_regions, own_asides

DAY = date(2026, 5, 11)


def _sides(text: str, category: str) -> list[set[str]]:
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [
        {r.split(":")[1] for r in f.regions if r.startswith("knee:")}
        for f in found
        if f.category == category and not f.negated
    ]


@pytest.mark.parametrize(
    "text",
    [
        "R knee lateral pain/catching since Jan. (L knee scoped elsewhere 12/2025, doing well.) "
        "PT 8 wks Feb-Apr, meloxicam 15 qd x3 mos, quit running.",
        "R knee pain since Jan. (Left knee replaced 2023, no issues.) PT x8 wks, naproxen x3 mos.",
        "R knee pain since Jan. (L knee scoped elsewhere 12/2025) PT 8 wks Feb-Apr, meloxicam.",
    ],
)
def test_care_after_an_aside_on_the_other_knee_keeps_this_knee(text: str) -> None:
    # The care keeps the knee the note gave it before the aside (here none of its own: the
    # note's), never the left knee only the aside names.
    sides = _sides(text, "conservative-treatment")
    assert sides and all("left" not in s for s in sides), sides


def test_a_finding_inside_the_aside_is_the_asides_side() -> None:
    text = "R knee pain since Jan. (L knee: PT x6 wks in 2024, resolved.) Meloxicam x3 mos."
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    pt = [f for f in found if f.category == "conservative-treatment" and "PT" in f.text]
    assert pt and all("knee:left" in f.regions and "knee:right" not in f.regions for f in pt)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A label after the care gives it its side (no sentence of its own).
        ("Knee pain since Jan. PT x8 wks (R knee), meloxicam x3 mos.", {"right"}),
        ("Knee pain since Jan. PT x8 wks (for L knee pain).", {"left"}),
        # The other knee's care in its own sentence is that knee's.
        ("R knee pain since Jan. L knee: PT x8 wks in 2025.", {"left"}),
    ],
)
def test_labels_and_own_sentences_keep_their_side(text: str, expected: set[str]) -> None:
    sides = _sides(text, "conservative-treatment")
    assert sides and all(s == expected for s in sides), sides


def test_the_helpers() -> None:
    text = "(L knee scoped 12/2025, doing well.) PT 8 wks for R knee."
    assert own_asides(text) == [(0, 36)]
    assert outside_regions(text) == frozenset({"knee", "knee:right"})
    assert aside_regions(text, 8, 14) == frozenset({"knee", "knee:left"})
    assert aside_regions(text, 40, 42) is None
    assert own_asides("PT x8 wks (R knee).") == []
    assert own_asides("(R knee) PT x8 wks") == []  # a label opening the statement
