"""A communication limit written with "convey" (blind wave 41, EY/slp-02): an aphasia
evaluation's "Cannot convey basic needs to wife verbally; gestures" is the deficit in daily terms
(LCD L34563: what the patient cannot make known), as "cannot express needs" already was. The
verbs of getting a message across (convey, relay, get across, indicate) read as "express" does;
the same verbs with no limit, or a limit denied, are no deficit.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 3, 2)


def _limits(text: str) -> list[bool]:
    """Whether each communication-limitation found in ``text`` is denied."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [f.negated for f in found if f.concept == "communication-limitation"]


@pytest.mark.parametrize(
    "text",
    [
        "Global aphasia after L CVA. Unable to convey simple wants to her son; points instead.",
        "Eval: pt cannot relay basic needs to nursing staff, grows agitated.",
        "Difficulty getting across her thoughts to the family by speech.",
    ],
)
def test_needs_that_cannot_be_conveyed_are_a_limit(text: str) -> None:
    assert _limits(text) and not any(_limits(text))


@pytest.mark.parametrize(
    "text",
    [
        "Now conveys basic wants with the device at 90%.",
        "Able to convey needs to staff with SGD.",
    ],
)
def test_needs_conveyed_are_no_limit(text: str) -> None:
    assert not _limits(text)
