"""Blind wave 45: a date a finding is compared against does not date the finding.

FO/tha-02: a January film read "severe joint space narrowing with osteophytes ... progressed
since 2025", and the finding was dated 2025, outside the year before the request. "Since",
"compared with" and "vs prior" after a change name the older study, not when this one was taken.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = date(2026, 5, 1)


def _whens(text: str, concept: str) -> list[date | None]:
    found = find_findings([NoteInput("DocumentReference/n1", text, _DAY)])
    return [f.when for f in found if f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "L knee: joint space loss and osteophytes, worse compared with 03/2024 films.",
        "R knee: bone-on-bone medial compartment with osteophytes, progressed since 2024.",
        "R knee: marked joint space narrowing and osteophytes, increased vs prior XR 6/2023.",
    ],
)
def test_the_compared_study_does_not_date_the_finding(text: str) -> None:
    whens = _whens(text, "oa-findings")
    assert whens and all(when is None for when in whens)


def test_a_study_date_still_dates_its_finding() -> None:
    whens = _whens("R knee: severe joint space narrowing, osteophytes (XR 3/2025).", "oa-findings")
    assert whens and whens[0] == date(2025, 3, 1)
