"""A need put on a future condition is no need the patient has now.

LCD L33820 covers a hospital bed for positioning the patient needs, documented in the record.
"If the wound opens, will need q2h turns" reads a need to come on an event that has not happened:
the phrase target "q2h turns" lost ConText's "will need" as a plan (a deficit's "needs" is a
limit, finding_flags.need_only) while the condition before it went unread, so BED-001 was met
(noticed at an earlier stop, brief s90-noticed2). The condition may lead ("if", "should the ...",
"in case", "in the event") or follow ("will need q2h turns if the wound opens"). A need stated
now ("needs q2h turns", "turned q2h per wound care") still counts, and so does a present need
the statement explains by when it arises ("If lying flat she coughs, needs HOB 30 deg").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _need(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/p1", text, dt.date(2026, 7, 2))])
    return any(f.concept == "positioning-need" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # the wording noticed
        "If the wound opens, will need q2h turns.",
        "Should the wound open, she will need q2h turns.",
        "In case the sacral area breaks down, will need q2h turns.",
        "In the event of skin breakdown, she will need frequent repositioning.",
        "Will need q2h turns if the wound reopens.",
        "If she declines further she would need q2h turns.",
    ],
)
def test_a_need_on_a_condition_to_come_is_none(text: str) -> None:
    assert not _need(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Needs q2h turns.",
        "Turned q2h per wound care.",
        "Stage 3 sacral PI; needs q2h turns and HOB <30.",
        "Will need q2h turns for the stage 3 sacral wound.",
        "Wound opened last week; needs q2h turns.",
        "Orthopnea: if lying flat she coughs, needs HOB elevated 45 degrees.",
    ],
)
def test_a_need_stated_now_still_counts(text: str) -> None:
    assert _need(text), text
