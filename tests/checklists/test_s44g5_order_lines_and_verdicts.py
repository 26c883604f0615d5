"""Readings the s44 phrasing grid found missing (blind excerpts, one note each).

- A walker's written order told in a note with no plan header ("Rx: two-wheeled walker x1",
  "prescribing one rollator", a walker's HCPCS code with its quantity) gives the order's details
  (WLK-004, CMS standard written order): the statement orders it or counts it.
- Genetic counseling the patient turned down is no counseling (GEN-002).
- A course of therapy "finished after 8 wks" ran eight weeks (OCC-002).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 3, 1)


def _walker_order(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record("E0143", note, reason="M17.0"), "WLK-004", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Rx: two-wheeled walker x1 - use whenever up in the apartment.",
        "Prescribing one rollator today, quantity 1, for every trip to the toilet.",
        "Walker E0143, qty one, for household distances; need is lifelong.",
        "Placing an order for a wheeled walker; she will use it in the home for all walking.",
    ],
)
def test_a_walker_order_outside_a_plan_header_gives_its_details(text: str) -> None:
    assert _walker_order(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Ambulated 60 ft in the hallway with a rolling walker.",
        "Might benefit from a rollator someday; discuss at next visit.",
    ],
)
def test_a_walker_used_or_weighed_is_no_order(text: str) -> None:
    assert _walker_order(text) != "met"


def _counseling(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record("81162", note, reason="Z80.3"), "GEN-002", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "She declined genetic counseling and asks for the BRCA panel only.",
        "Pt refused the pre-test counseling visit.",
        "Genetic counseling: declined.",
    ],
)
def test_counseling_turned_down_is_none(text: str) -> None:
    assert _counseling(text) != "met"


def test_counseling_had_before_a_refusal_of_the_test_still_counts() -> None:
    text = "Declined the panel after genetic counseling with our counselor on 2/10/2026."
    assert _counseling(text) == "met"


def _acute_therapy(text: str) -> str:
    note = _note("n1", "2026-02-20", "Lumbar strain lifting at work 10/2025. " + text)
    return status(record("97545", note, reason="S39.012D"), "OCC-002", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Outpatient PT finished after 9 wks with a plateau; still on restricted duty.",
        "Discharged from PT after 7 weeks, lifting 20 lb; not back to full duty.",
    ],
)
def test_therapy_ended_after_some_weeks_ran_those_weeks(text: str) -> None:
    assert _acute_therapy(text) == "met"


def test_a_drug_that_stopped_working_after_weeks_is_still_no_therapy_course() -> None:
    assert _acute_therapy("Naproxen stopped working after 6 weeks; no therapy yet.") != "met"
