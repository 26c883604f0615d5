"""A prior hyaluronan series is as old as its own date, not as the day its relief ended (brief
s68-d, the class of blind wave 71, JI/hyaluronan-02). HYA-006: the repeat is 3/10/26, six
months back is 9/8/25. A series whose own date is inside the six months, or that only its
relief's end dates, is still too recent.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _repeat(text: str) -> str:
    bundle = record("J7321", _note("n1", "2026-02-24", f"HPI: L knee OA.\n{text}"), reason="M17.12")
    return status(bundle, "HYA-006")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Hyalgan series L knee, relief lasting until Nov 2025 (completed 3/2025).",
        "Good relief till about Nov 2025 from Hyalgan L knee series done in March 2025.",
        "Synvisc-One L knee helped until 11/2025 (injected 3/12/25).",
        "Relief lasted until December 2025 after Supartz L knee in 4/2025.",
        "Gel-One L knee, wore off by Nov 2025, given 2/2025.",
        "Orthovisc L knee: pain came back in Oct 2025 (series 3/2025).",
    ],
)
def test_a_series_months_before_the_repeat_is_not_too_recent(text: str) -> None:
    assert _repeat(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Synvisc-One L knee, relief until Nov 2025.",
        "Supartz L knee 10/2025, relief until Jan 2026.",
        "Relief till Nov 2025 from Hyalgan L knee; pain back now.",
    ],
)
def test_a_series_inside_six_months_or_dated_by_its_end_is_too_recent(text: str) -> None:
    assert _repeat(text) == "missing"
