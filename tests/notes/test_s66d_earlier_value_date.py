"""An earlier value's date in brackets after a result ("CELF-5 Core Language SS 72 (was 64 at
8/2025 eval)") dates the earlier value, not the result (brief s66-d; blind wave 68,
IW/therapy-speech-language-01: this re-evaluation's scores read as of 8/2025, outside the year).
A result written with its own date, or an old result told alone, keeps that date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_VISIT = dt.date(2026, 8, 27)


def _score_dates(text: str) -> set[dt.date | None]:
    found = find_findings([NoteInput("DocumentReference/s1", text, _VISIT)])
    return {f.when for f in found if f.concept == "standardized-scores" and f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "Testing: CELF-5 Core Language SS 72 (3rd %ile) (was 64 at 8/2025 eval); RI 74; EI 70.",
        "CELF-5 CLS 72 (was 64 in 8/2025).",
        "CELF-5 core 72 (previously 64 on 08/12/2025).",
        "PLS-5 total SS 81 (baseline 70 at 9/2025 initial eval).",
        "CELF-5 Core Language standard score 72 (up from 64 in 8/2025)",
        "GFTA-3 SS 78 (prior 65 at the 8/2025 evaluation).",
        "CELF-5 Core 72 (initially 64 @ 8/2025).",
    ],
)
def test_an_earlier_value_s_date_does_not_date_the_result(text: str) -> None:
    dates = _score_dates(text)
    assert dates and all(d is None or d >= dt.date(2026, 1, 1) for d in dates)


@pytest.mark.parametrize(
    "text",
    [
        "CELF-5 Core Language SS 64 at 8/2025 eval.",
        "CELF-5 8/2025: core 64 (3rd %ile).",
        "CELF-5 given 8/12/2025: core language SS 64 (was 58 in 2024).",
    ],
)
def test_a_result_s_own_date_stays(text: str) -> None:
    assert dt.date(2025, 8, 1) <= min(d for d in _score_dates(text) if d) < dt.date(2025, 9, 1)
