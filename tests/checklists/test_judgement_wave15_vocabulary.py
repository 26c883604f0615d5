"""Limits and needs written in words the vocabulary did not know, found by blind wave 15: a
child who walks at home holding on to furniture (AZ/wlk-02), a home health plan that names the
skilled care in shorthand ("SN (incision, anticoag teaching, med mgmt) + PT (gait, ...)",
AW/hh-03), and a stuttering teenager's avoided talk at school ("avoids answering in class,
refused oral report", AX/slp-04). The near-misses that must not count stay out: furniture
moved, teaching already done and declined, talk avoided for another reason."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _walker(text: str) -> dict:
    return record("E0143", _note("n1", "2026-02-20", text), reason="G80.1")


@pytest.mark.parametrize(
    "text",
    [
        "At home walks holding on to furniture.",
        "In the house he cruises along the walls.",
        "Furniture-walking at home, falls when he lets go.",
        "Holds onto the counters to get around her kitchen.",
    ],
)
def test_walking_by_holding_on_at_home_is_a_mobility_limitation(text):
    assert status(_walker(text), "WLK-002")["status"] == "met"


@pytest.mark.parametrize(
    "text",
    ["Rearranged the furniture at home to clear a path.", "Walks independently at home."],
)
def test_furniture_or_walls_named_otherwise_are_no_limitation(text):
    assert status(_walker(text), "WLK-002")["status"] == "missing"


def _home_health(text: str, code: str = "G0299") -> dict:
    return record(code, _note("n1", "2026-02-20", text), reason="S72.001D")


# A PT need is the need of a PT order, not of a nursing one (HHC-002's of_ordered_discipline).
@pytest.mark.parametrize(
    "text, code",
    [
        ("Plan: home health SN (incision, anticoag teaching, med mgmt) + PT (gait, stairs).",
         "G0299"),
        ("HH nursing for enoxaparin injection teaching and incision care.", "G0299"),
        ("Home health for med management and wound assessment.", "G0299"),
        ("Home health PT (gait, transfers, home safety).", "G0151"),
    ],
)
def test_skilled_care_named_in_shorthand_is_the_skilled_need(text, code):
    assert status(_home_health(text, code), "HHC-002")["status"] == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Home health referral placed. Son will help at home.",
        "PT (outpatient) finished last month.",
        "Incision healed, no wound care needed.",
    ],
)
def test_a_referral_without_the_care_it_needs_is_no_skilled_need(text):
    assert status(_home_health(text), "HHC-002")["status"] == "missing"


def _speech(text: str) -> dict:
    return record("92508", _note("n1", "2026-02-20", text), reason="F80.81")


@pytest.mark.parametrize(
    "text",
    [
        "Counselor letter: avoids answering in class, refused oral report, eats lunch alone.",
        "Refuses to read aloud in class because of blocks.",
        "Avoids talking to teachers and classmates.",
    ],
)
def test_avoided_talk_at_school_or_in_daily_life_is_the_communication_deficit(text):
    assert status(_speech(text), "SLP-003")["status"] == "met"


@pytest.mark.parametrize(
    "text",
    ["Stuttering since age 4; mother reports no impact on school.",
     "Refused the snack offered in session.", "Talks with friends without difficulty."],
)  # fmt: skip
def test_talk_not_avoided_is_no_communication_deficit(text):
    assert status(_speech(text), "SLP-003")["status"] == "missing"
