"""A statement opening with the command to begin care ("Start naproxen, refer PT") is a plan to
begin it though no plan heading stands over it (care_begun.py): a later summary's months counted
back past it begin there. Blind wave 47, FX/hip-arthroplasty-02: a new patient's note ending
"Start meloxicam, refer PT 2x/wk." read as stated, so "failed 3+ months" of 3/17 reached back to
12/17, twelve days before the care began. A statement that tells a start had ("Started naproxen
in the fall") or a start of something else ("Start of pain 12/1") is no such plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.care_begun import begun_by_plan

from .test_judgement import _note, record, status


def _arthroplasty(first_visit_ends: str) -> str:
    first = _note(
        "v1",
        "2026-01-07",
        "New pt: 58F L hip pain since the fall, limping. XR L hip moderate-severe OA. "
        f"{first_visit_ends} F/u 10 wks.",
    )
    consult = _note(
        "v2",
        "2026-03-27",
        "Ortho f/u: L hip OA, walks 1 block, can't put on shoes. Has failed 3+ months of "
        "conservative care including PT and NSAIDs. Plan: L THA.",
    )
    request = {"authoredOn": "2026-03-27", "occurrenceDateTime": "2026-04-20"}
    bundle = record("27130", first, consult, reason="M16.12", order=request)
    return status(bundle, "THA-002", as_of=date(2026, 3, 30))["status"]


@pytest.mark.parametrize(
    "ending", ["Start naproxen 500 mg BID, refer PT 2x/wk.", "Begin PT 2x/wk and naproxen 500 BID."]
)
def test_months_counted_back_past_a_command_to_begin_care_begin_there(ending: str) -> None:
    assert _arthroplasty(ending) != "met"


def test_care_told_as_already_going_is_no_beginning() -> None:
    assert _arthroplasty("Continues naproxen 500 mg BID and PT 2x/wk.") == "met"


class _Stated:
    def __init__(self, snippet: str) -> None:
        self.snippet, self.concept, self.text = snippet, "nsaid", "naproxen"
        self.note_ref, self.asserted = "n", True
        self.planned = self.hypothetical = self.family = self.negated = False


@pytest.mark.parametrize(
    ("snippet", "begun"),
    [
        ("Start naproxen 500 mg BID, ice.", True),
        ("Trial of naproxen 500 BID.", True),
        ("Started naproxen in the fall, no help.", False),
        ("Start of pain 12/1, took naproxen since.", False),
        ("Naproxen 500 BID, start PT.", False),
    ],
)
def test_which_stated_statements_command_a_beginning(snippet: str, begun: bool) -> None:
    found = begun_by_plan([_Stated(snippet)], {"n": date(2026, 1, 7)})
    assert ("nsaid" in found) is begun
