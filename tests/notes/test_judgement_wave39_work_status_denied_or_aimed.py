"""A work status as the worker holds it, found by blind wave 39: a release or a duty level
denied ("not released to full duty": EA/work-rehab-03) and a status waiting on a release ("Off
work ... pending our release": F/occ-06) were read as no status, while a return to work named as
the goal ("goal RTW full duty": EO/workrehab-03) was read as the worker's status."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _statuses(text: str) -> list[tuple[str, bool]]:
    found = find_findings([NoteInput("DocumentReference/s1", text)])
    return [(f.text, f.asserted) for f in found if f.concept == "work-status"]


@pytest.mark.parametrize(
    "text",
    [
        "Finished 12 OT visits 3/1-4/20, not released to full duty.",
        "A: L ankle sprain, plateaued; has not returned to regular duty.",
        "Completed PT course without return to full duty.",
        "Knee still swells after a shift - not back to full duty.",
        "Grip 30 kg; no RTW full duty yet.",
        "Remains out on leave pending clearance. Unable to RTW full duty.",
    ],
)
def test_a_release_or_duty_level_denied_is_the_worker_s_status(text: str) -> None:
    found = _statuses(text)
    assert any(asserted for _, asserted in found), (text, found)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Employer has no light duty for warehouse staff.", "light duty"),
        ("Off work since 2/2 - no modified duty available.", "modified duty"),
        ("Current work status: [ ] full duty  [ ] light duty  [ ] off work", "full duty"),
    ],
)
def test_what_the_employer_lacks_or_a_blank_status_is_no_status(text: str, word: str) -> None:
    found = [(t, asserted) for t, asserted in _statuses(text) if t.lower() == word]
    assert found and not any(asserted for _, asserted in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Off work - not cleared to climb ladders pending our release.",
        "Remains on restricted duty awaiting the FCE.",
    ],
)
def test_a_status_waiting_on_a_release_is_held_now(text: str) -> None:
    found = _statuses(text)
    assert any(asserted for _, asserted in found), (text, found)


def test_a_status_recommended_stays_a_plan() -> None:
    found = _statuses("Light duty recommended pending the FCE.")
    assert not any(asserted for _, asserted in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Plan: work conditioning 3 h/day x 4 wks, goal RTW full duty by 8/1.",
        "Goals: lift 40 lb floor to waist, RTW regular duty 9/15/26.",
        "P: work hardening 4 h/d. RTW full duty goal.",
        "LTG: return to full duty as a welder.",
        "GOALS:\nReturn to full duty as an electrician by October.",
    ],
)
def test_a_return_to_work_named_as_the_goal_is_no_status(text: str) -> None:
    found = _statuses(text)
    assert found and not any(asserted for _, asserted in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Discharged from PT: goals partially met, not cleared for full duty.",
        "Plan: work hardening 4 h/day, goal RTW full duty, continue light duty 20 lb.",
    ],
)
def test_a_goal_met_or_a_status_held_beside_a_goal_stays_the_status(text: str) -> None:
    found = _statuses(text)
    assert any(asserted for _, asserted in found), (text, found)
