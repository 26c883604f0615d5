"""Grandparents by the names families call them are relatives (brief s81-near).

"Grandmother has OSA" was the grandmother's, "Grandma has OSA" the patient's: ConText's family
phrases named the grandparents only formally. "Grandma", "Grandpa", "Nana", "Granny" are the
same relatives: what follows them is theirs in an adult's note ("Grandma: she can't walk, uses a
wheelchair" stays the grandmother's, as "Sister: she can't walk" does), while in a child's note
a grandparent speaking for the child speaks of the child, as "Mother:" does
(relative_speaker.py). The patient's own words about them stay the patient's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = dt.date(2026, 10, 12)
GIRL = ("female", dt.date(2022, 3, 10))
WOMAN = ("female", dt.date(1950, 1, 1))
MAN = ("male", dt.date(1954, 3, 12))


def _asserted(text: str, patient: tuple[str, dt.date]) -> list[str]:
    sex, born = patient
    note = NoteInput("DocumentReference/g1", text, DAY, "", sex, born)
    return [f.concept for f in find_findings([note]) if f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Grandma: she cannot walk, uses a wheelchair.",
        "Grandma has OSA on CPAP.",
        "Nana has loud snoring.",
        "Grandpa uses a walker.",
        "Granny has OSA.",
        "Grandpa's walker is in the car.",
    ],
)
def test_a_grandparent_by_name_is_a_relative(text: str) -> None:
    for patient in (WOMAN, MAN):
        assert _asserted(text, patient) == [], (text, patient)


@pytest.mark.parametrize(
    "text",
    [
        "Grandma: she can't follow spoken directions without signs.",
        "Nana: she can't follow two-step directions at home.",
    ],
)
def test_a_grandparent_speaking_for_a_child_tells_the_child_s_limit(text: str) -> None:
    assert "communication-limitation" in _asserted(text, GIRL)


def test_the_patient_s_own_limit_beside_a_grandparent_stays_hers() -> None:
    found = _asserted("Lives with grandma. Unable to walk more than 20 ft, uses a walker.", WOMAN)
    assert "activity-limitation" in found


@pytest.mark.parametrize(
    "text",
    [
        "Hx per grandma (guardian): physical therapy x 6 wks, no better.",
        "Hx per mom (guardian): physical therapy x 6 wks, no better.",
        "History provided by grandmother (legal guardian): physical therapy x 6 wks.",
        "Per nana, physical therapy x 8 wks without improvement.",
    ],
)
def test_a_grandparent_or_parent_telling_the_history_tells_the_patient_s(text: str) -> None:
    # the aside "(guardian)" is the teller's, not a relative opening what follows (cues.py)
    assert "physical-therapy" in _asserted(text, GIRL)


def test_a_grandparent_s_own_care_stays_hers() -> None:
    assert "physical-therapy" not in _asserted("Grandma had physical therapy for her hip.", GIRL)
