"""A plan word dates the care it governs, not every item listed beside it: "PT referral sent,
ibuprofen 600 TID prn" refers the therapy; the ibuprofen beside it is no drug the plan begins,
so a later note's undated "still taking ibuprofen" does not run back to that plan's day. A verb
ahead of the list ("Start PT and naproxen", "start naproxen, PT referral, HEP") begins all it
lists, as before; and a drug written with its own dose and schedule in a plan that begins care
("Naproxen 500 BID, PT referral") is ordered with it, not merely listed.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.care_begun import begun_by_plan

_DAY = date(2025, 11, 3)


class _Said:
    """A planned mention of ``text`` in the statement ``snippet``."""

    def __init__(self, snippet: str, text: str, concept: str) -> None:
        self.snippet, self.text, self.concept = snippet, text, concept
        self.note_ref, self.planned, self.hypothetical = "n", True, False
        self.family = self.negated = self.asserted = False


@pytest.mark.parametrize(
    "snippet, text",
    [
        ("PT referral sent, ibuprofen 600 TID prn", "ibuprofen"),
        ("Referred to physical therapy; meloxicam 7.5 mg prn", "meloxicam"),
        ("Ortho referral + naproxen as needed", "naproxen"),
        ("P: PT referral, naproxen", "naproxen"),
    ],
)
def test_a_drug_beside_a_referral_is_not_begun_by_it(snippet: str, text: str) -> None:
    assert begun_by_plan([_Said(snippet, text, "nsaid")], {"n": _DAY}) == {}


@pytest.mark.parametrize(
    "snippet, text",
    [
        ("Start PT 2x/wk and meloxicam 15 mg daily", "meloxicam"),
        ("Plan: start naproxen 500 BID, PT referral, HEP", "naproxen"),
        ("PT referral sent, trial of ibuprofen 600 TID", "ibuprofen"),
        ("new rx: celecoxib 200 daily, PT referral", "celecoxib"),
    ],
)
def test_a_drug_the_plan_begins_is_begun(snippet: str, text: str) -> None:
    assert begun_by_plan([_Said(snippet, text, "nsaid")], {"n": _DAY}) == {"nsaid": _DAY}


def test_the_referred_therapy_is_begun_by_its_referral() -> None:
    said = _Said("PT referral sent, ibuprofen 600 TID prn", "PT", "physical-therapy")
    assert begun_by_plan([said], {"n": _DAY}) == {"physical-therapy": _DAY}


@pytest.mark.parametrize(
    "snippet, begun",
    [
        ("Celecoxib 200 mg daily, HEP, PT referral", True),
        ("Naproxen 500 BID, PT referral", True),
        ("Naproxen 500 BID prn, PT referral", False),
        ("Naproxen, PT referral", False),
    ],
)
def test_a_drug_ordered_with_its_dose_beside_a_referral(snippet: str, begun: bool) -> None:
    """Written with its dose and schedule, the drug is ordered with the plan's new care."""
    said = _Said(snippet, snippet.split()[0].rstrip(","), "nsaid")
    assert ("nsaid" in begun_by_plan([said], {"n": _DAY})) is begun
