"""A past injection series told with how it went is not the injection plan (brief s68-j, a false
met risk the fix sessions noted): "Durolane L knee last spring - helped ~6 mo" or "Had
Synvisc-One L knee - helped" in the history met HYA-004 (side, product, series) because the
product is a plan word and only a date before the note made it the past. The statement that
tells the care as had, or by its result, and says nothing of doing it again tells the series
given (plan_told_given.py). A plan heading's line, and a statement that looks ahead ("repeat ...
as the last one helped", "proceed with Durolane - helped last time", "today"), stay the plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _plan(text: str) -> str:
    bundle = record(
        "J7325", _note("n1", "2026-02-20", text), reason="M17.12",
        order={"authoredOn": "2026-02-20"},
    )  # fmt: skip
    return status(bundle, "HYA-004", as_of=date(2026, 2, 25))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Durolane L knee last spring - helped ~6 mo.",
        "Synvisc-One L knee helped for 6 months.",
        "Synvisc-One L knee gave good relief.",
        "Synvisc-One L knee last year, helped a lot.",
        "Synvisc-One L knee a year ago, helped until fall.",
        "Euflexxa x3 L knee helped ~8 months.",
        "Had Synvisc-One L knee - helped.",
        "Synvisc-One L knee in May - helped until November.",
        "Orthovisc series L knee helped ~6 mo.",
        "Gel-One L knee effective for 7 months.",
    ],
)
def test_a_past_series_told_with_its_result_is_not_the_plan(text: str) -> None:
    assert _plan(text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Plan: Synvisc-One L knee, single injection.",
        "Repeat Synvisc-One L knee x1.",
        "Repeat Synvisc-One L knee as the last one helped ~6 mo.",
        "Proceed with Durolane L knee - helped last time.",
        "Synvisc-One L knee today, prior series helped 8 months.",
    ],
)
def test_a_plan_that_recalls_the_last_series_is_still_the_plan(text: str) -> None:
    assert _plan(text) == "met"
