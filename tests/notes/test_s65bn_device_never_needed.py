"""A cane or walker never used for want of need is neither tried nor insufficient (WHC-003, NCD
280.3; noticed in the code, session s65b-noticed).

The plain-verdict rule of ``cane-walker-insufficient`` reads "did not", "doesn't" after the device
as its verdict ("walker did not prevent falls"), so "Walker ordered, never used it, didn't think
he needed it" read as a walker that failed. Not needing the device says nothing of why it cannot
resolve the limitation; a condition that rules it out ("cane never used - cannot grip") does.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "cane-walker-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Walker ordered, never used it, didn't think he needed it.",
        "Has a cane, never uses it - doesn't need it.",
        "Rollator at home, never used; pt felt he did not need it.",
        "Walker was issued after discharge but he does not think he needs one.",
    ],
)
def test_a_device_unused_for_want_of_need_is_not_insufficient(text: str) -> None:
    assert not _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "cane never used - cannot grip",
        "Walker does not help, falls x2 with it.",
        "cane doesn't provide enough support",
        "walker - did not prevent falls",
        "Rollator does not resolve the limitation; needs w/c for distances.",
    ],
)
def test_a_device_that_fails_or_is_ruled_out_still_counts(text: str) -> None:
    assert _asserted(text), text
