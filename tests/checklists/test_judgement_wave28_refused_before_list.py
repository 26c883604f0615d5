"""A medication list line is no trial when the same note's narrative names that drug as the
object of a refusal or of a start that never came, written before it (blind wave 28,
CN/kas-02: "Pt reports she never picked up the meloxicam (worried re: stomach)" above the med
list's "meloxicam 15 mg tab, 1 tab daily"; the reviewer: "Meloxicam prescribed but never
taken"). Wave 21's listed_refused.py read only a refusal written after the drug ("azathioprine
was offered ... pt declined"). A refusal of another drug, a sentence that goes on to say it was
taken after all, and a single missed dose leave the list line standing."""

from __future__ import annotations

import pytest

from .test_judgement_wave21_offered_declined import _items

LIST = (
    "\nCurrent Outpatient Medications:\n- azathioprine 50 mg tab, 2 tabs daily\n"
    "- lisinopril 10 mg daily\n"
)


@pytest.mark.parametrize(
    "narrative",
    [
        "S: f/u Crohn's. Pt reports she never picked up the azathioprine (worried re: cost).",
        "S: f/u. He never filled the azathioprine script.",
        "S: f/u. Never started azathioprine - insurance denied.",
        "S: f/u. Pt did not start the azathioprine.",
        "S: f/u. Pt refused azathioprine after discussion.",
        "S: f/u. Has not tried the methotrexate or the azathioprine yet.",
    ],
)
def test_a_list_line_the_narrative_says_was_never_started_is_no_trial(narrative: str) -> None:
    assert _items(narrative + LIST)[:2] == ("missing", "missing")


@pytest.mark.parametrize(
    "narrative",
    [
        "S: f/u Crohn's. Still diarrhea.",
        "S: f/u. Pt never picked up the methotrexate.",
        "S: f/u. Never picked up the azathioprine at first; now taking it daily since 1/5.",
        "S: f/u. Did not take the azathioprine this morning before labs.",
        "S: f/u. Never picked up the azathioprine. Now taking azathioprine daily since 1/5.",
    ],
)
def test_the_list_line_stands_where_the_narrative_does_not_deny_the_drug(narrative: str) -> None:
    assert _items(narrative + LIST)[:2] == ("met", "met")
