"""A course's frequency with a span that ended before the note tells care had, not planned
(brief s70-h, blind wave 78 KK/occ-02).

An occ-health note titled "Follow up - R shoulder (work injury)" (a plan header) told
"Tx: PT 2x/wk 12/15-2/20 (16 visits) - ROM improved" on 3/2: the frequency kept the line a plan
(plan_dated_past: "PT 2x/wk" sets a course to come), so the completed PT course (OCC-002) was
"none found". A plan's span runs from now on; one whose last day is before the note was had.
A frequency with no span, a single past day, a span still running or one ahead stays a plan,
as does a span next to another word of what is to come.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = dt.date(2026, 3, 2)
_CARE = {"physical-therapy", "occupational-therapy", "chiropractic"}


def _care(text: str) -> list[bool]:
    """Whether each care finding of ``text`` (written on _DAY) reads planned."""
    found = find_findings([NoteInput("D/1", text, _DAY)])
    return [f.planned for f in found if f.concept in _CARE and not f.negated]


@pytest.mark.parametrize(
    "text",
    [
        "Follow up - R shoulder (work injury)\nTx: PT 2x/wk 12/15-2/20 (16 visits) - ROM improved,"
        " still can't do overhead or boost residents.",
        "A/P: R shoulder strain. PT 2x/week 12/15/25 - 2/20/26, 16 visits.",
        "Plan: PT 2 x per week from 12/15 to 2/20; 16 visits total",
        "A/P: lumbar strain. chiro 3x/wk 1/5-2/13, 12 sessions.",
        "Assessment and Plan: hand. OT 2x/wk Dec-Feb (16 visits)",
        "A/P: PT 2x/wk 12/15/2025 thru 2/20/2026 - minimal gains",
        "Plan:\nPT 2 x/wk 12/15-2/20; HEP",
        "A/P: knee. PT 2x a week 1/6/26-2/24/26 (14 visits), plateaued",
        "Plan: Physical therapy 2x/wk from 12/15 through 2/20 (16 visits)",
    ],
)
def test_a_frequency_over_a_span_ended_before_the_note_is_care_had(text: str) -> None:
    planned = _care(text)
    assert planned and not any(planned), text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: PT 2x/wk 3/5-4/16",  # ahead
        "Plan: PT 2x/wk 2/20-4/1",  # still running on the note's day
        "Plan: PT 2x/wk 3/2-4/13",  # from the note's day
        "Plan: PT 2x/wk Mar-Apr",  # the note's month on
        "Plan: PT 2x/wk Nov-Dec",  # no year: may be this year's, to come
        "Plan: PT 2x/wk x 6 wks (eval 2/20)",  # one past day: the evaluation's, not the course's
        "Plan: PT 2x/wk x 6 wks; MRI 1/10 and XR 2/20 reviewed",  # two days, no span
        "Plan: PT 2x/wk 12/15-2/20 again, then recheck",  # looks ahead
        "Plan: will repeat PT 2x/wk as 12/15-2/20",
        "Plan: PT 2x/wk x 6 wks; pain 3/10-7/10",  # scores, not days
    ],
)
def test_a_frequency_with_no_span_ended_stays_planned(text: str) -> None:
    planned = _care(text)
    assert planned and all(planned), text
