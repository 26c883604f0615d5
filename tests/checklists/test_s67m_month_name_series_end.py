"""A prior hyaluronan series written by its months' names ends on its last month's last day
(brief s67-m): "Supartz series Jul-Sep 2025" was read as ending on 9/1, so for a repeat of
3/10/26 (six months back is 9/8/25) a series that may have ended on 9/30 passed HYA-006. A day
the note writes inside that month ("last inj 9/3/25") is more exact and ends the series there
(blind BQ/hya-02: "Orthovisc x3 Nov-Dec 2025 ... last injection 12/5/2025").
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
        "INTERVAL 2/24: Supartz series Jul-Sep 2025, ~60% relief through January.",
        "Prior: Orthovisc x3 Aug-Sept 2025, good relief.",
        "s/p Euflexxa x3 Jul thru Sep 2025; relief now fading.",
        "Supartz x5 Jul-Sep, good relief.",
        "A/P: knee OA. Hx Gelsyn-3 series Aug to Sep 2025 w/ relief.",
        "SUPARTZ X3 JUL-SEP 2025, RELIEF 5 MO.",
        "S: s/p Orthovisc x3 (Jul–Sep 2025), relief x5 mo.",
    ],
)
def test_a_series_ending_in_a_named_month_inside_six_months_is_too_recent(text: str) -> None:
    assert _repeat(text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Supartz series Jul-Sep 2025 (last inj 9/3/25), relief ~5 mo.",
        "Orthovisc x3 Jul-Sep 2025; last injection 9/2/2025.",
        "Supartz series Jul-Sep 2025 with good relief.\nInjection #3 of the series given 9/4/2025.",
        "Supartz series Jun-Aug 2025, relief ~6 mo.",
    ],
)
def test_a_day_written_in_the_last_month_or_an_earlier_month_decides(text: str) -> None:
    assert _repeat(text) == "met"
