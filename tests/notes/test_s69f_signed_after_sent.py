"""A plan of care sent for a signature and recorded signed back, dated, is no plan still to come
(blind wave 73, JS/home-health-03): ConText's "for signature" made "Plan of care sent to Dr.
Marchetti for signature 9/14; signed 9/15" hypothetical."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.signed_back import asked_and_signed


def _plan(text: str):
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 14))])
    return next(f for f in found if f.concept == "plan-of-care")


@pytest.mark.parametrize(
    "text",
    [
        "Plan of care sent to Dr. Marchetti for signature 9/14; signed 9/15.",
        "POC sent for MD signature - signed 9/15.",
        "Plan of care sent to PCP for signature, signed by Dr. Lee 9/15/2026.",
        "Plan of care faxed for signature 9/14, returned signed 9/15.",
    ],
)
def test_signed_back_with_its_day_is_no_plan_to_come(text: str) -> None:
    assert asked_and_signed(text)
    assert not _plan(text).hypothetical


@pytest.mark.parametrize(
    "text",
    [
        "Plan of care sent to Dr. Marchetti for signature 9/14.",
        "Plan of care sent for signature 9/14; not yet signed.",
        "Plan of care sent for signature 9/14; will be signed 9/20.",
        "Plan of care sent for signature; signed and returned.",
    ],
)
def test_still_waiting_on_the_signature_is(text: str) -> None:
    assert not asked_and_signed(text)
    assert _plan(text).hypothetical
