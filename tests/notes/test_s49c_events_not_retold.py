"""A child's events not told back are a communication limit in daily terms (blind wave 53,
GS/slp-03): a language evaluation's "can't retell what happened at school" says what the child
cannot get across at school, as "cannot tell her needs" already did. "Retell" and "recount" are
telling; the same words as a therapy goal, or done well, name no limit.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 5, 11)


def _limits(text: str) -> list[bool]:
    """Whether each communication-limitation found in ``text`` is denied."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [f.negated for f in found if f.concept == "communication-limitation"]


@pytest.mark.parametrize(
    "text",
    [
        "Dad says he cannot retell his day at daycare; teacher echoes this.",
        "Unable to recount the weekend to classmates at circle time.",
        "Has trouble re-telling a favourite movie to his brother.",
    ],
)
def test_events_that_cannot_be_retold_are_a_limit(text: str) -> None:
    assert _limits(text) and not any(_limits(text))


@pytest.mark.parametrize(
    "text",
    [
        "STG: retell a 4-part picture story with 3/4 elements.",
        "Retells the bus ride home in order now, with prompts.",
    ],
)
def test_retelling_as_a_goal_or_done_is_no_limit(text: str) -> None:
    assert not _limits(text)
