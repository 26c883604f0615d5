"""A work restriction the worker is held to is the limit against the job (blind wave 85,
LN/occupational-work-rehab-02: "restricted duty no overhead work, no lifting >10 lb R arm" under
a job of "overhead reach frequent, push/pull 40 lb", read as denied by the list's first "no").

Each item of a restriction list opens on its own "no" ("no overhead work, no lifting >10 lb"):
an earlier item's "no" denies nothing after it (denial_reach.py). Overhead work kept from the
arm is the reaching limit ("no overhead work", "no reaching above shoulder level"; targets.yaml).
Near misses: a restriction denied ("no overhead restrictions"), kept as a precaution, lifted
("Restrictions lifted ... previously no lifting >10 lb") or placed before now ("had been on no
overhead work"), another person's, a job's demand, a difficulty denied (restrictions_lifted.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_LIMITS = ("lifting-limitation", "reaching-limitation")


def _held(text: str) -> set[str]:
    found = find_findings([NoteInput("DocumentReference/r1", text, dt.date(2026, 4, 28))])
    return {f.concept for f in found if f.concept in _LIMITS and f.asserted}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Plan: PT 2x/wk x 6 wks, ibuprofen, restricted duty no overhead work, no lifting >10 lb"
         " R arm.", "lifting-limitation"),
        ("Plan: PT 2x/wk x 6 wks, ibuprofen, restricted duty no overhead work, no lifting >10 lb"
         " R arm.", "reaching-limitation"),
        ("Restrictions: no overhead work, no lifting over 25 lbs.", "lifting-limitation"),
        ("No climbing, no lifting >10 lb.", "lifting-limitation"),
        ("Light duty - no ladders, no lifting over 10 lbs, no overhead work.",
         "lifting-limitation"),
        ("Light duty - no ladders, no lifting over 10 lbs, no overhead work.",
         "reaching-limitation"),
        ("Work status: modified, no kneeling, no carrying more than 20 lb.", "lifting-limitation"),
        ("Currently limited to 10 lb and no overhead work.", "lifting-limitation"),
        ("Currently limited to 10 lb and no overhead work.", "reaching-limitation"),
        ("No overhead work R arm.", "reaching-limitation"),
        ("Modified duty: no reaching above shoulder level.", "reaching-limitation"),
        ("Restricted from overhead activities until cleared.", "reaching-limitation"),
        ("Overhead restriction lifted; continue no lifting >20 lb.", "lifting-limitation"),
        ("Not released to full duty; no lifting >10 lb.", "lifting-limitation"),
        ("Restrictions to be lifted 6/1; until then no lifting >10 lb.", "lifting-limitation"),
    ],
)
def test_a_restriction_held_is_the_limit(text: str, concept: str) -> None:
    assert concept in _held(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Work status: full duty, no restrictions.",
        "Released to full duty, no overhead restrictions.",
        "Restrictions lifted; released to full duty (previously no lifting >10 lb).",
        "Released to full duty, restrictions removed. Was on no lifting > 10 lb.",
        "Previously restricted to 10 lb, now full duty without restrictions.",
        "Had been on no overhead work; now full duty.",
        "Keeping no overhead work at my discretion as a precaution.",
        "Job: overhead reach frequent, push/pull 40 lb.",
        "Job requires frequent overhead work.",
        "Denies difficulty with overhead reaching.",
        "Husband is on light duty, no lifting > 10 lb.",
        "FCE planned to determine whether no lifting >20 lb is needed.",
    ],
)
def test_no_restriction_held(text: str) -> None:
    assert not _held(text), text


def _concept(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/r2", text, dt.date(2026, 4, 28))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Work status: restricted to sedentary work.",
        "Limited to light duty until recheck.",
        "Light duty only per employer form.",
        "Restricted to a sedentary physical demand level.",
    ],
)
def test_a_duty_level_held_is_a_duty_restriction(text: str) -> None:
    assert _concept(text, "duty-restriction"), text


@pytest.mark.parametrize(
    "text",
    [
        "Work status: light duty.",
        "Restricted to light duty is not available at his employer.",
        "Restrictions lifted; previously restricted to light duty.",
        "Wife is restricted to sedentary work since her MI.",
    ],
)
def test_no_duty_restriction_held(text: str) -> None:
    assert not _concept(text, "duty-restriction"), text


@pytest.mark.parametrize(
    "text",
    [
        "Job: overhead reach frequent, push/pull 40 lb.",
        "Occupation (medium PDL): lifting 50 lb occasionally.",
        "His job involves lifting 50 lb boxes.",
        "Position requires frequent overhead reaching.",
    ],
)
def test_the_jobs_demands_written_any_way(text: str) -> None:
    assert _concept(text, "job-demands"), text


def test_a_job_title_alone_states_no_demand() -> None:
    assert not _concept("Job: RN at St. Mary's.", "job-demands")
