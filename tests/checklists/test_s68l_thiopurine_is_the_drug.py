"""A thiopurine named by its class is a course of azathioprine or 6-MP (brief s68-l): "failing
thiopurine x 8 mo" was read only as a drug class, which no step-therapy item counts, so
infliximab's INF-001, INF-002 and INF-007 missed a conventional agent the note gave months of.
The class has only those two members (ACG 2018), both conventional agents wherever either is;
"biologics" or "conventional therapy" (which may be the request itself, or steroids) stay a class.
"""

from __future__ import annotations

import pytest

from .test_s68c_drug_dates_after_a_dash import _step_therapy


@pytest.mark.parametrize(
    "text",
    [
        "A/P: UC failing thiopurine x 8 mo.",
        "A/P: Mod-severe UC failing thiopurine x 8 mo. Start Inflectra.",
        "A/P: UC, failed thiopurines x 10 months.",
        "Hx: thiopurine 2023-2025, ineffective.",
        "Prior tx: thiopurine x 6 months (stopped, leukopenia).",
    ],
)
def test_a_thiopurine_course_is_a_conventional_agent(text: str) -> None:
    assert _step_therapy(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "A/P: UC failing biologics x 8 mo.",
        "A/P: UC failing conventional therapy x 8 mo.",
        "A/P: UC, thiopurine x 3 wks, stopped (nausea).",
        "A/P: UC - check TPMT, then start thiopurine x 12 wks.",
        "A/P: UC. Pt declined thiopurine.",
    ],
)
def test_a_class_that_counts_nowhere_or_a_short_or_planned_course_is_not(text: str) -> None:
    assert _step_therapy(text) != "met", text
