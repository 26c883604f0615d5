"""A duration is no injection series: "Low back pain x 4 mo" was read as an injection plan
(HYA-004's "number in the series") because "x 4" counts injections in "Euflexxa x3" (session
s67-d's class). "x N" or "times N" followed by a unit of time ("mo", "wks", "days", "yrs", also a
range or a fraction: "x 3-4 wks", "x 1.5 years") says how long something has lasted or will
last; the count of a series stands alone or names the injections.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _plan(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "injection-plan")


@pytest.mark.parametrize(
    "text",
    [
        "Low back pain x 4 mo.",
        "CC: R knee pain x 3 months, worse on stairs.",
        "L knee pain x2 yrs",
        "Bilat knee stiffness x 5 days after fall.",
        "Knee swelling x 3-4 wks.",
        "Sx x 1.5 years, no trauma.",
        "PT 2x/wk x 4 wks completed, no relief.",
        "Naproxen 500 mg bid times 3 weeks, minimal help.",
        "Knee pain x 4+ months.",
    ],
)
def test_a_duration_is_no_injection_series(text: str) -> None:
    assert not _plan(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: R knee intra-articular injection x3.",
        "Knee injections weekly x 3.",
        "Hyaluronan L knee x 3, one week apart.",
        "Inject R knee times 5 weekly.",
        "R knee: 3 injections, 1 wk apart.",
        "Plan weekly x 3 wks HA injections R knee.",
    ],
)
def test_a_series_count_is_still_an_injection_plan(text: str) -> None:
    assert _plan(text), text
