"""A work injury told as "R shoulder injured 2/17/2026 at work - stocking shelves overhead"
(brief s68-e, blind wave 72, JM/occupational-work-rehab-02).

The date right after "injured" or "hurt" (the body part before it) is the date of injury, as
"injured her shoulder 2/17/2026" is; the task the worker was doing, told right after where the
injury happened ("at work - stocking shelves", "on the job, unloading a truck"), is how it
happened, as "while stocking" is. Not a task told of an injury away from work, a task the job
only demands, nor a date of another event.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _found(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 5, 12))])
    return any(f.category == "work-injury" and f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        'S: R shoulder injured 2/17/2026 at work - stocking shelves overhead, felt it "give".',
        "L knee hurt 3/4/26 on the job, unloading a truck.",
        "Injured 2/17 at the warehouse - reaching overhead for a case.",
        "R wrist injured 4/2/2026 at work, restraining a combative patient.",
        "Shoulder injured 2/17/26 at work stocking shelves.",
        "Low back hurt 2/3/26 at work: shoveling snow off the loading dock.",
        "HPI: rt shoulder injured 02/17/2026 at work -- stacking cases overhead.",
        "R elbow injured at work 4/2/26 - hammering overhead.",
    ],
)
def test_the_task_told_after_a_work_injury_is_its_mechanism(text: str) -> None:
    assert _found(text, "mechanism"), text


@pytest.mark.parametrize(
    "text",
    [
        'S: R shoulder injured 2/17/2026 at work - stocking shelves overhead, felt it "give".',
        "L knee hurt 3/4/26 on the job, unloading a truck.",
        "Injured 2/17 at the warehouse - reaching overhead for a case.",
        "R wrist injured 4/2/2026 at work, restraining a combative patient.",
        "Back hurt 1/12/26 lifting a pallet at work.",
    ],
)
def test_the_date_right_after_injured_is_the_date_of_injury(text: str) -> None:
    assert _found(text, "date-of-injury"), text


@pytest.mark.parametrize(
    "text",
    [
        "R shoulder injured 2/17/2026 at home - stocking shelves in the garage.",
        "Job: stocking shelves overhead, reaching, stacking cases 50 lb.",
        "R shoulder injured at work. Job requires stocking shelves overhead.",
        "Injured at work; now doing light duty - stocking shelves at waist level only.",
    ],
)
def test_no_mechanism_told(text: str) -> None:
    assert not _found(text, "mechanism"), text


@pytest.mark.parametrize(
    "text",
    [
        "Was seen 2/17/2026 at work by the nurse.",
        "Uninjured 2/17 in the fall.",
        "Not injured 2/17; pain began gradually.",
    ],
)
def test_no_date_of_injury_told(text: str) -> None:
    assert not _found(text, "date-of-injury"), text
