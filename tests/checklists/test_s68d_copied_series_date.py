"""A prior hyaluronan series copied forward with its own dates ("[Copied from 12/01/2025]
Hyalgan series L knee x5 weekly completed 2/2025-3/2025 ...") is as old as those dates, not as
the copy (brief s68-d; blind wave 71, JI/hyaluronan-02: the series was read as given on the
copied note's day, inside the six months before the repeat). HYA-006: the repeat is 3/10/26,
six months back is 9/8/25. A copied series whose own date is inside the six months, or that
gives no date but the copied note's, is still too recent.
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
        "[Copied from 12/01/2025] Hyalgan series L knee x5 weekly completed 2/2025-3/2025 with "
        "~60% improvement lasting till about Nov 2025.",
        "(copied from 12/1/25) Synvisc-One L knee 3/2025 - good relief ~8 mo.",
        "Copied forward from 12/01/2025: s/p Euflexxa x3 L knee Feb 2025, helped until fall.",
        "[copied fwd 12/1/25] Orthovisc series L knee done 2/10/25-3/10/25, 60% better.",
        "[Copy from 12/01/2025 note] Gel-One L knee 03/2025, relief lasting till about November.",
        "[pulled forward from 12/01/2025] Durolane L knee 4/15/25, 70% better x 6 mos.",
    ],
)
def test_a_copied_series_months_before_the_repeat_is_not_too_recent(text: str) -> None:
    assert _repeat(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "[Copied from 12/01/2025] Synvisc-One L knee 10/2025, relief wearing off.",
        "[Copied from 12/01/2025] Hyalgan #5 of 5 L knee given today, tolerated well.",
        "[copied from 12/01/2025] Supartz series L knee 9/15/25-10/13/25, good relief.",
    ],
)
def test_a_copied_series_inside_six_months_is_too_recent(text: str) -> None:
    assert _repeat(text) == "missing"
