"""A limit told with its cause is a limit, not one still due (a false alarm stop 50 noticed).

ConText's backward "due" (meant for "re-eval due next visit") read "difficulty with ADLs due to
knee pain", "ADLs slow due to shoulder pain" as limits still to come, so a walker's, a
wheelchair's or an arthroplasty's functional deficits found none. "Due to" naming a cause is
read as care's already was (tolerance.cause_only); "due to start", "due next visit" stay ahead.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 3, 24))])
    return [f for f in found if f.category == "functional-deficits" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Pt has difficulty with ADLs due to knee pain.",
        "ADLs slow due to shoulder pain.",
        "Needs help with ADLs due to dyspnea.",
        "Limitation in ADLs due to hip pain, uses cane.",
        "ADLs limited due to R shoulder weakness.",
        "Struggles with ADLs due to fatigue after chemo.",
        "ADLs impaired due to low back pain and sciatica.",
        "Requires assistance with ADLs due to L hemiparesis.",
    ],
)
def test_a_limit_with_its_cause_is_asserted(text: str) -> None:
    assert _limits(text)


@pytest.mark.parametrize(
    "text",
    [
        "ADL reassessment due next visit.",
        "Independent with ADLs.",
        "Denies difficulty with ADLs due to the knee.",
    ],
)
def test_a_limit_still_due_or_denied_is_not(text: str) -> None:
    assert not _limits(text)
