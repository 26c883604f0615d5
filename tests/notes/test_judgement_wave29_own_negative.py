"""A child's communication limit read as denied, found by blind wave DB/slp-01: "Functional
impact: cannot follow 2-step classroom directions, peers do not understand requests, tantrums
when not understood" documented the limit, but the directions were "classroom" ones (the
vocabulary named only simple/1-step/verbal...) and "tantrums when not understood" took the "not"
of the clause before it as its own denial.

- Where the directions are given may stand before them ("2-step classroom directions").
- A regex target whose own words state the negative ("not understood", "does not respond to
  name") is denied only in its own clause; "Denies tantrums when not understood" still is.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 1, 20)


def _limits(text: str) -> list[bool]:
    """Whether each communication-limitation found in ``text`` is denied."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [f.negated for f in found if f.concept == "communication-limitation"]


@pytest.mark.parametrize(
    "text",
    [
        "Impact at school: cannot follow 1-step classroom directions without a picture cue.",
        "Teacher report: unable to follow two-step teacher instructions.",
    ],
)
def test_directions_given_in_class_are_a_limit(text: str) -> None:
    assert _limits(text) and not any(_limits(text))


def test_a_target_stating_its_own_negative_is_not_denied_by_the_clause_before() -> None:
    text = "Daily life: classmates do not understand his words, meltdowns when not understood."
    assert _limits(text) and not any(_limits(text))


def test_a_denial_in_the_targets_own_clause_still_denies() -> None:
    assert all(_limits("Mother denies meltdowns when not understood at home."))
    assert _limits("Mother denies meltdowns when not understood at home.")


def test_a_goal_to_follow_classroom_directions_is_no_limit() -> None:
    assert not _limits("Goal: follow 2-step classroom directions in 80% of trials.")
