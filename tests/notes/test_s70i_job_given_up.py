"""A job given up for the limitation is an activity limit (brief s70-i item 3): "quit her job at
the school cafeteria (standing)", "had to quit her cashier job", "left his warehouse job, could
not lift", "on leave from work since March because of the knee" (targets.yaml,
functional-deficits activity-limitation). A job left for something else, retirement, a habit
quit or a job lost to layoffs is none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limited(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/j1", text, dt.date(2026, 10, 2))])
    return any(f.concept == "activity-limitation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "She quit her job at the school cafeteria (standing).",
        "Had to quit her cashier job.",
        "He left his warehouse job, could not lift.",
        "On leave from work since March because of the knee.",
        "Pt quit his job as a mechanic d/t back pain 6 mo ago.",
        "SH: left her nursing job in 2025 because of the hip.",
        "Gave up her position at the daycare due to R knee pain.",
        "Has had to leave his job at the plant - couldn't stand for the shift.",
        "Resigned from her job as a server (on her feet all day) 3/2026.",
        "On medical leave since 4/2026 for the L shoulder.",
        "quit job 2/2026 2/2 LBP",
    ],
)
def test_a_job_given_up_for_the_limitation_is_an_activity_limit(text: str) -> None:
    assert _limited(text)


@pytest.mark.parametrize(
    "text",
    [
        "Quit her job for a better one.",
        "Retired in 2019.",
        "Quit smoking.",
        "Lost his job in layoffs.",
        "Left her job to care for her mother.",
        "Quit his job due to stress with his manager.",
        "Had to quit her job when the family moved to Ohio.",
        "On maternity leave since March.",
        "Left work early today for this appointment.",
        "Did not have to quit her job; works full duty.",
    ],
)
def test_a_job_left_for_something_else_is_none(text: str) -> None:
    assert not _limited(text)
