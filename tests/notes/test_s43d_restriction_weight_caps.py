"""A work restriction written as its weight cap ("no lifting >10 lb", "restricted duty 10 lb",
"10 lb limit", "20-lb restriction") is the lifting limit the worker is held to against the job
(blind waves 48-49, GA/occ-03, GF/occ-02); a cap kept "at my discretion" is the physician's
caution, and a device's weight rating is no restriction at all.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/s43", text)])
    return any(f.asserted for f in found if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "Work status: no lifting over 15 lbs with the left arm.",
        "Remains on light duty 25 lb, cannot load trailers.",
        "Modified duty - no ladder work, 15 lb limit.",
        "Back at the plant on a 20-lb restriction.",
        "Status: transitional duty, 30 lb max lift, 6 h shifts.",
    ],
)
def test_a_restriction_s_weight_cap_is_a_lifting_limit(text: str) -> None:
    assert _found(text, "lifting-limitation"), text


@pytest.mark.parametrize(
    "text",
    [
        "Capacity meets the job; keeping modified duty (30 lb limit) at my discretion.",
        "Bariatric rollator ordered (400 lb limit).",
        "Job requires 45 lb carry up ladders.",
    ],
)
def test_a_cap_kept_by_caution_or_a_device_rating_is_no_lifting_limit(text: str) -> None:
    assert not _found(text, "lifting-limitation"), text
