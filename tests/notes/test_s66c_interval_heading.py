"""An "Interval:" heading tells what happened since the last visit: the follow-up's history,
not its plan. Under a note titled "Follow-up (in clinic)" (a plan header) the line "Interval: 6+
wks PT (15 visits), naproxen + gabapentin 600 tid." was read as care to come, and the 6 weeks
tried went uncounted (blind wave 69, JD/advanced-imaging-lumbar-mri-01). Care the interval
says will come, or was not done, stays so; the plan below it is still a plan."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _care(text: str) -> list:
    notes = [NoteInput("DocumentReference/f1", text, dt.date(2026, 11, 12))]
    return [f for f in find_findings(notes) if f.category == "conservative-treatment"]


def _care_done(text: str, concept: str) -> bool:
    return any(
        f.concept == concept and f.asserted and not f.planned and f.section != "plan"
        for f in _care(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Follow-up (in clinic)\nInterval: 6+ wks PT (15 visits), naproxen + gabapentin 600 tid.",
        "Follow up visit\nInterval: PT x 6 wks, 12 visits. Still L leg pain.",
        "FOLLOW-UP\nINTERVAL: completed 6 wks of PT, no better.",
        "Follow-up:\nInterval hx: did PT 2x/wk x 6 wks, HEP daily.",
        "Follow up - lumbar radiculopathy\nInterval events: finished 6 weeks physical therapy.",
        "f/u visit\nSince last visit: PT 14 visits, pain unchanged.",
        "Follow-up (video)\ninterval: pt did 6 wk PT course w/o relief",
        "Follow-up\nInterval - 6 wks PT, 15 visits, HEP.",
    ],
)
def test_care_under_an_interval_heading_is_care_done(text: str) -> None:
    assert _care_done(text, "physical-therapy")


@pytest.mark.parametrize(
    "text",
    [
        # planned, refused, or written in the plan below the interval: no care done
        "Follow-up\nInterval: no PT yet, referral pending.",
        "Follow-up\nInterval: pt declined PT.",
        "Follow-up\nInterval: back pain same.\nPlan: start PT 2x/wk x 6 wks.",
        "Follow-up\nInterval: will start PT next week.",
    ],
)
def test_no_care_done_when_the_interval_says_none(text: str) -> None:
    assert not _care_done(text, "physical-therapy")


def test_the_plan_below_the_interval_is_still_a_plan() -> None:
    found = _care("Follow-up\nInterval: PT x 6 wks.\nPlan: naproxen 500 BID.")
    assert any(f.concept == "nsaid" and f.section == "plan" for f in found)
