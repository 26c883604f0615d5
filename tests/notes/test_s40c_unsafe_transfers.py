"""Transfers called unsafe, and a bed whose height is off the wheelchair's, are the transfer
limitation a variable-height hospital bed is for (LCD L33820; blind wave 41, EW/bed-03:
"transfers are unsafe because bed is 6 in lower than w/c seat"). Transfers said to be safe, or
unsafe ones denied, are not."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _transfer_limit(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/t1", text, dt.date(2026, 6, 1))])
    return any(f.concept == "transfer-limitation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Bed-to-chair transfers remain unsafe per HH PT.",
        "Daughter reports dangerous commode transfers at night.",
        "Her bed sits 5 inches higher than the wheelchair.",
    ],
)
def test_unsafe_transfers_and_a_mismatched_bed_are_read(text: str) -> None:
    assert _transfer_limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Transfers are safe and independent.",
        "Denies unsafe transfers at home.",
        "Transfers are not unsafe per PT.",
    ],
)
def test_safe_or_denied_transfers_are_not(text: str) -> None:
    assert not _transfer_limit(text)
