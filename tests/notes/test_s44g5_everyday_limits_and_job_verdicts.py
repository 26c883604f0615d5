"""Readings the s44 phrasing grid found missing in the note reader.

- Everyday words for a mobility limit ("keeps falling in the kitchen", "his knees give out",
  "can't get around the house", "walks holding on to furniture" as "uses furniture"), and an
  inability told with a verb of moving before the activity ("can't get out of the chair").
- A worker's own demonstrated physical demand level is no job context: the load measured with
  it is the worker's limit.
- A statement whose sentence says the worker meets the job's demands gives capacities, no
  deficit ("lifts 60 lb ...; meets all job demands").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limits(text: str) -> list[tuple[str, bool, bool]]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 4, 2))])
    return [(f.concept, f.asserted, f.normal) for f in found if f.category == "functional-deficits"]


def _a_limit(text: str) -> bool:
    return any(asserted and not normal for _, asserted, normal in _limits(text))


@pytest.mark.parametrize(
    "text",
    [
        "She keeps falling in the kitchen at home.",
        "His knees give out on the way to the bathroom.",
        "Since the stroke he cannot get around the house without help.",
        "Uses furniture to get from room to room.",
        "Can't get out of the chair without a hand from her son.",
    ],
)
def test_everyday_words_for_a_mobility_limit(text: str) -> None:
    assert _a_limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keeps falling asleep in front of the TV.",
        "No falls; denies falling at home.",
        "Worried about falling since her friend broke a hip.",
        "Fear of falling on the ice outside.",
    ],
)
def test_not_a_mobility_limit(text: str) -> None:
    assert not _a_limit(text)


def test_the_workers_demonstrated_level_carries_the_workers_load() -> None:
    text = "Job PDL: very heavy. Demonstrated PDL: sedentary (max lift 9 lb)."
    assert _a_limit(text)


def test_the_jobs_level_still_carries_the_jobs_load() -> None:
    assert not _a_limit("PDL of job: medium (lift 40 lb).")


@pytest.mark.parametrize(
    "text",
    [
        "Screen: lifts 60 lb waist-high, stands 3 hrs; meets all essential job demands as a baker.",
        "Carries 45 lb 50 ft and is able to perform all job duties.",
    ],
)
def test_capacities_that_meet_the_job_are_no_deficit(text: str) -> None:
    assert not _a_limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lifts 20 lb waist-high; does not meet job demands.",
        "Lifts 20 lb waist-high; goal is to meet job demands by May.",
    ],
)
def test_capacities_short_of_the_job_stay_deficits(text: str) -> None:
    assert _a_limit(text)
