"""A recertification's skilled need stated at its episode's start (HHC-002): the certifying
practitioner's face-to-face note or the first plan of care names the skilled therapy and what it
is for, and the recertification is asked more than 90 days later with only the therapist's daily
notes since (blind wave 67, IT/hh-02: "Video visit F2F for home health: post-stroke R
hemiparesis, needs PT for gait/transfer training" 4/01, plan "POC cert 4/10-6/8/26", recert
ordered 7/16, checked 7/20). The window opens 90 days before the start of care the record states
(care_start.py). A need stated before that, another discipline's need, or a statement that the
patient needs no skilled care stays none; an episode's start does not move an old note into it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

AS_OF = date(2026, 7, 20)
DAILY = _note(
    "n9", "2026-07-15", "PT daily note: TUG 24 s (was 38). Transfers min A. Continue per POC."
)


def _plan(description: str = "PT 2x/wk x 8 wks. Signed 4/10/26.") -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": "active",
        "intent": "plan",
        "description": f"POC cert 4/10-6/8/26: {description}",
        "created": "2026-04-10",
        "period": {"start": "2026-04-10", "end": "2026-06-08"},
        "author": {"reference": "Practitioner/dr"},
    }


def _need(*resources: dict) -> str:
    order = {"authoredOn": "2026-07-16", "occurrenceDateTime": "2026-07-27",
             "note": [{"text": "PT 2x/wk x 8 wks (16 visits)."}]}  # fmt: skip
    bundle = record("G0151", *resources, DAILY, reason="I69.351", order=order)
    report = score_bundle(bundle, as_of=AS_OF)
    return {i["id"]: i for i in report["items"]}["HHC-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Video visit F2F for home health: post-stroke R hemiparesis, needs PT for gait/transfer "
        "training. Homebound - can't manage steps without 2 assists.",
        "F2F encounter: R hemiparesis after CVA. Skilled PT needed for gait training and "
        "transfers; unsafe alone.",
        "A/P: CVA w/ R hemiparesis. Needs home PT for gait, transfers, fall prevention.",
        "Pt requires skilled physical therapy in the home for gait and balance training.",
        "S: wife reports 2 falls. A: post-stroke gait deficit. P: home PT eval & treat for gait "
        "and transfer training, HEP.",
    ],
)
def test_the_need_stated_at_the_start_of_care_holds_for_the_recertification(text: str) -> None:
    assert _need(_note("n1", "2026-04-01", text), _plan()) == "met"


def test_the_first_plan_of_care_naming_the_therapy_and_its_aim_holds_too() -> None:
    plan = _plan("PT 2x/wk x 8 wks gait, transfers, balance. Goals TUG < 20s. Signed 4/10/26.")
    assert _need(plan) == "met"


@pytest.mark.parametrize(
    "note",
    [
        # stated long before the episode began
        _note("n1", "2025-11-20", "Needs home PT for gait, transfers, fall prevention."),
        # another discipline's need for a PT order
        _note("n1", "2026-04-01", "F2F: needs skilled nursing for wound care, NPWT 3x/wk."),
        # no skilled need
        _note("n1", "2026-04-01", "F2F: ambulates independently, no skilled need identified."),
        # a need to come, not stated
        _note("n1", "2026-04-01", "F2F: will consider home PT if gait worsens."),
    ],
)
def test_a_need_outside_the_episode_or_not_the_ordered_disciplines_is_none(note: dict) -> None:
    assert _need(note, _plan()) != "met"
