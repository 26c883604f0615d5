"""The ankle and knee reflexes by their older names and a reflex table's shorthand (brief s82-exam).

"R ankle jerk 1+, L 2+. Knee jerks 2+ sym." (some ninety notes of the blind corpus) named no
reflex the vocabulary knew, so a lumbar exam written so showed strength and SLR but no reflexes.
"ankle jerk", "knee jerk", and the tendon's name or "AJ"/"KJ" with a grade after it ("Achilles
1+", "patellar 2+/2+", "AJ 1+ sym") are reflexes now, read with negation as "ankle reflex" is:
"ankle jerks absent" is a finding (an absent reflex is the deficit), "reflexes not tested" none.
Bare, "AJ ancestry" (a genetics note), "Achilles tendinopathy", "Achilles intact" (the tendon
after a Thompson test), "Achilles 2 cm gap" and "patellar mobs" are no reflex.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _reflexes(text: str) -> list[tuple[str, bool]]:
    """(words, negated) of each reflexes finding in ``text``."""
    found = find_findings([NoteInput("n1", text, dt.date(2026, 6, 1))])
    return [(f.text.lower(), f.negated) for f in found if f.concept == "reflexes"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Exam: SLR + R at 45 deg. R ankle jerk 1+, L 2+.", "ankle jerk"),
        ("Knee jerks 2+ sym.", "knee jerks"),
        ("L ankle jerk absent, decreased sensation lateral L foot.", "ankle jerk"),
        ("on exam left knee jerk is decreased", "knee jerk"),
        ("Neuro: EHL 4+/5 bilat, AJ 1+ sym, gait wide-based.", "aj"),
        ("Reflexes: KJ 2+ bilat", "kj"),
        ("Achilles 1+ on the right, 2+ on the left.", "achilles"),
        ("DTR: patellar 2+/2+, Achilles 0/1+", "patellar"),
        ("Ankle-jerk reflex diminished on the R.", "ankle-jerk"),
    ],
)
def test_a_reflex_by_its_old_name_or_shorthand_is_a_reflex(text: str, words: str) -> None:
    assert (words, False) in _reflexes(text), _reflexes(text)


def test_an_absent_ankle_jerk_is_a_finding_and_an_untested_one_none() -> None:
    assert ("ankle jerks", False) in _reflexes("Ankle jerks absent bilaterally.")
    # a field answered "absent" is the reflex found absent, not a field answered no
    assert ("achilles reflex", False) in _reflexes("Achilles reflex: absent.")
    assert ("ankle jerk", False) in _reflexes("Left: lumbar neuro exam - ankle jerk l: absent.")
    assert all(negated for _, negated in _reflexes("Reflexes: not tested."))
    assert all(negated for _, negated in _reflexes("Ankle jerks not tested."))
    assert all(negated for _, negated in _reflexes("Reflexes not tested."))


@pytest.mark.parametrize(
    "text",
    [
        "Meets NCCN criteria (breast ca dx <=45; AJ ancestry).",
        "Exam: Achilles tendinopathy, tender R Achilles insertion.",
        "Exam: patellar mobs, patellar tendon tender.",
        "Pt is AJ, father's side; KJ (son) drove her today.",
        "Achilles 2 cm gap on US.",
        "Achilles intact, Thompson neg.",
        "Patellar tracking normal, no apprehension.",
    ],
)
def test_a_tendon_or_initials_without_a_grade_are_no_reflex(text: str) -> None:
    assert _reflexes(text) == []
