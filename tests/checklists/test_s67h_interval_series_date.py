"""A prior hyaluronan series told by its months, in an interval entry labelled with the note's
own day (brief s67-h; blind wave 70, JF/hyaluronan-02: "INTERVAL 9/21: after Supartz series
Jan-Feb 2026 had ~60% relief" was read as a series of 9/21, so the repeat of 10/1 looked too
soon). The series is as old as its own date; one inside the six months is still too recent
(HYA-006; the repeat is 3/10/26, six months back is 9/8/25).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _repeat(text: str) -> str:
    bundle = record("J7321", _note("n1", "2026-02-24", text), reason="M17.12")
    return status(bundle, "HYA-006")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "INTERVAL 2/24: after Supartz series May-Jun 2025 had ~60% relief through January.",
        "Interval hx 2/24/26 - Synvisc series 5/2025, good relief until Jan.",
        "Update 2/24: Euflexxa x3 in June 2025, relief ~6 mo, now back to 7/10.",
    ],
)
def test_a_series_months_before_the_repeat_is_not_too_recent(text: str) -> None:
    assert _repeat(f"HPI: L knee OA.\n{text}") == "met"


@pytest.mark.parametrize(
    "text",
    [
        "INTERVAL 2/24: after Supartz series 10/2025 had relief through January.",
        "Interval hx 2/24/26 - Synvisc-One 11/3/25, relief wearing off.",
        "Update 2/24: Gel-One 10/2025 helped until this month.",
    ],
)
def test_a_series_ending_inside_six_months_is_too_recent(text: str) -> None:
    assert _repeat(f"HPI: L knee OA.\n{text}") == "missing"
