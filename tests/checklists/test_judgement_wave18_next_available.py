"""A re-evaluation at the next open slot is still to come (blind wave 18, BJ/slp-03): a phone
note's "Per SLP: will do re-eval at next available; scheduled 10/02" dated the re-evaluation to
the call (09/18), so SLP-005 and SLP-006 found a report 7 days old while the last evaluation was
in May. "next available" joins ConText's backward hypothetical cues; a re-evaluation done, or one
beside another thing's next available slot, is still one.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "Per SLP: will do re-eval at next available; scheduled 10/02.",
        "Re-evaluation at the next available appointment.",
        "Recert at next available slot.",
    ],
)
def test_a_re_evaluation_at_the_next_open_slot_is_still_to_come(text):
    assert not _asserted(text, "re-evaluation"), text


@pytest.mark.parametrize(
    "text",
    [
        "Re-eval completed 09/18/2026: CNC 32%, AzBio 41%.",
        "Re-evaluation today; next available group slot given for Tuesdays.",
    ],
)
def test_a_re_evaluation_done_is_still_one(text):
    assert _asserted(text, "re-evaluation"), text
