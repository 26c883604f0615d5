"""A shoulder's lost function is read over the year before a shoulder arthroplasty (s78-func).

The limit of a shoulder worn out to arthroplasty lasts: a story told over visits may put the
function in the middle visit and only the exam and plan in the surgeon's (blind wave 43,
FF/tsa-02: "Husband does her hair now, can't put dishes away. SPADI 78." 215 days before a
reverse TSA for pseudoparalysis). A limit of more than a year ago, denied, or a relative's is
still none.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 10, 5)


def _tsa(day: str, text: str) -> str:
    bundle = record("23472", _note("n1", day, "L shoulder. " + text), reason="M12.812")
    return status(bundle, "TSA-003", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Husband does her hair now, can't put dishes away.",
        "Can't put dishes away; unable to reach the kitchen cabinets.",
        "Cannot do her hair. SPADI 78.",
    ],
)
def test_a_limit_seven_months_before_counts(text: str) -> None:
    assert _tsa("2026-03-04", text) == "met"


@pytest.mark.parametrize(
    ("day", "text"),
    [
        ("2025-08-01", "Husband does her hair now, can't put dishes away."),  # 14 months
        ("2026-03-04", "Puts dishes away herself, no trouble doing her hair."),
        ("2026-03-04", "Lives with her mother, who can't do her hair (dementia)."),
    ],
)
def test_an_old_a_denied_or_a_relatives_limit_does_not(day: str, text: str) -> None:
    assert _tsa(day, text) == "missing"
