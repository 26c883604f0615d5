"""Everyday limits told by the shopping trip and the outings given up, found by blind wave 65
(IL/tka-02): "now walks one aisle of the store before needing the cart, no longer goes to the
farmers market, stairs step-to" tells the knee's functional limit (TKA-003), yet none of it was
read: the store's aisles are a walking distance and the cart leaned on a walking aid, an outing
the patient no longer goes to is an activity lost, and the "no longer" of that outing denied
the stairs walked step-to after it. Not a store walked end to end, a cart merely pushed, an
outing still made or planned, nor care (PT) no longer attended."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limits(text: str) -> list[tuple[str, str, bool]]:
    notes = [NoteInput("DocumentReference/k1", text, dt.date(2026, 5, 27))]
    return [
        (f.concept, f.text, f.asserted)
        for f in find_findings(notes)
        if f.category == "functional-deficits"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "HPI: L knee worse since last winter; now walks one aisle of the store before needing "
        "the cart.",
        "Can only do 1-2 aisles at Kroger then has to lean on the cart.",
        "R knee: gets through a single isle at Walmart, then hangs onto the shopping cart.",
        "Pt has to lean on the cart to finish her shopping.",
        "Pt leans on the grocery cart for support when shopping.",
        "HPI: no longer goes to the farmers market d/t knee.",
        "Stopped going to church since Christmas because of the knee.",
        "Knee OA. Gave up going to the flea market this spring.",
        "She doesn't go to her grandson's ballgames anymore (bleachers, walking from the lot).",
    ],
)
def test_a_shopping_trip_cut_short_or_an_outing_given_up_is_a_limit(text: str) -> None:
    found = _limits(text)
    assert any(asserted for _, _, asserted in found), found


@pytest.mark.parametrize(
    "text",
    [
        "HPI: no longer goes to the farmers market, stairs step-to.",
        "Stopped going to bingo, does stairs step to.",
        "Now goes up the stairs one step at a time.",
    ],
)
def test_stairs_taken_step_to_are_a_limit_after_an_outing_given_up(text: str) -> None:
    found = _limits(text)
    assert any(asserted for concept, _, asserted in found if concept == "walking-limitation"), found


@pytest.mark.parametrize(
    "text",
    [
        "Walks every aisle at the grocery store without difficulty.",
        "Pushes the cart for her mother at the store.",
        "Leg pain, relieved by sitting or leaning on a shopping cart.",
        "Goes to the farmers market every Saturday with her sister.",
        "No longer goes to PT; HEP daily.",
        "Plans to go back to the farmers market in the spring.",
        "Requested an aisle seat for the flight.",
        "No longer uses a cane, stairs reciprocal.",
    ],
)
def test_a_store_walked_an_outing_kept_or_care_stopped_is_none(text: str) -> None:
    found = _limits(text)
    assert not any(asserted for _, _, asserted in found), found
