"""What a "can't" governs that is no activity of daily life (brief s83-cant).

The activity-limitation pattern reads a limit word and an activity word up to 40 characters on,
so "Can't stand CPAP", "can't stand it", "Can't get off work for PT" and "Can't make the times
work" were read as activity limitations (functional-deficits on the arthroplasty, spine,
injection and DME checklists). "Stand" there is "tolerate", and work, times, money and rides are
the patient's schedule, not the body's (inability_not_activity.py, one list for the present and
the past "couldn't" rules). Standing for a time or from a seat, and a limit said after such a
clause, stay limits.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.inability_not_activity import inability_not_activity
from smartapp.notes.model import NoteInput

_CATEGORY = "functional-deficits"


def _limits(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 10, 12))]
    return [
        f.text for f in find_findings(notes)
        if f.category == _CATEGORY and f.asserted and f.concept != "functional-score"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Pt says he can't stand CPAP.",
        "Tried his brother's machine, can't stand it.",
        'Pt says he "can\'t stand the mask" and wants BiPAP.',
        'Phone note: states he "can\'t stand the idea of the mask blowing air".',
        "Cannot stand the pressure, pulls it off at 2 am.",
        "Can't stand wearing the full face mask.",
        "Can't get off work for PT.",
        "Pt declines formal PT - says she can't take time off work.",
        "Can't make the times work with her job.",
        "Pt declines PT, can't miss work.",
        "Pt unable to come in this month (work schedule).",
        "Can't afford the copay for PT.",
        "PT referral: couldn't get off work.",
        'Says he "couldn\'t stand it" after 2 nights.',
        'Brother "can\'t stand" CPAP either.',
    ],
)
def test_tolerating_a_thing_or_a_schedule_is_no_limitation(text: str) -> None:
    assert _limits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Can't stand > 15 min at work (cashier).",
        "Can't stand from a chair without pushing off.",
        "Quit her cashier job because she can't stand a full shift.",
        "Stopped church choir (can't stand).",
        "Stopped church choir (can't stand), pain 7/10.",
        "Cannot stand, pain 8/10 by noon.",
        "Can't stand through the service.",
        "Can't stand at the sink to do dishes.",
        "can't stand it for more than 5 minutes, has to sit",
        "Can't afford PT, can't walk to the mailbox.",
        "Can't stand CPAP; can't stand > 10 min to cook.",
        "Cannot work due to the knee, off work since May.",
        "Can't get in the tub without help.",
        "Couldn't stand long enough to cook over the holidays.",
    ],
)
def test_standing_and_a_limit_after_such_a_clause_stay_limits(text: str) -> None:
    assert _limits(text)


def test_only_function_labels_and_only_what_the_limit_word_reaches() -> None:
    text = "Unable to afford meds, off work since March."
    start = text.index("off work")
    assert not inability_not_activity("functional-deficits|work-limitation", text, start, start + 8)
    text = "Can't get off work for PT."
    start = text.index("off work")
    assert inability_not_activity("functional-deficits|work-limitation", text, start, start + 8)
    assert not inability_not_activity("conservative-treatment|pt", text, start, start + 8)
