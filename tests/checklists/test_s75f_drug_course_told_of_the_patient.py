"""A drug course the patient stopped, told of them in an A/P, and an undated course in a history
line where the item has no look-back, are courses had (brief s75-f, wordings noticed while
reading blind cases, INF-001 and INF-002).

1. "A/P: Pt stopped taking MTX after 4 mo." was a plan (statement_kinds.DONE read "stopped"
   only right before a reason or a time, "MTX x 4 mo, stopped for LFTs", brief s74-n); the
   patient's own stop ("pt stopped", "she quit") tells the course had. Not "will stop MTX after
   4 mo if no response", nor "if pt stopped".
2. "Hx: MTX 15 mg weekly x 6 months, inadequate response." met INF-001 and not INF-002 (twelve
   weeks of one agent): an undated history course is "not this episode" for items that look back
   a while (episode_pieces), but INF-002 has no look-back, so its length counts. A history
   course with no length, or no stated drug course at all, still does not.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_PLAN = "\nPlan infliximab 3 mg/kg IV wk 0, 2, 6."


def _inf(item: str, said: str) -> str:
    bundle = record("J1745", _note("n1", "2026-02-20", f"RA f/u.\n{said}{_PLAN}"), reason="M05.79")
    return status(bundle, item)["status"]


@pytest.mark.parametrize(
    "said",
    [
        "A/P: Pt stopped taking MTX after 4 mo.",
        "A/P: Pt stopped MTX after 4 mo d/t nausea.",
        "Assessment/Plan: patient stopped taking methotrexate after 5 months (hair loss).",
        "A/P: She quit MTX after 6 mo, no benefit.",
        "Hx: MTX 15 mg weekly x 6 months, inadequate response.",
        "History: methotrexate x 5 mo, stopped for LFTs.",
    ],
)
@pytest.mark.parametrize("item", ["INF-001", "INF-002"])
def test_a_course_the_patient_had_counts(item: str, said: str) -> None:
    assert _inf(item, said) == "met", (item, said)


@pytest.mark.parametrize(
    "said",
    [
        "A/P: will stop MTX after 4 mo if no response.",
        "A/P: stop MTX; start infliximab.",
        "Hx: MTX, stopped.",
        "A/P: Failed prednisone taper, MTX 15 mg weekly.",
        "A/P: pt will be stopped from MTX after 4 mo if labs rise.",
    ],
)
def test_a_plan_or_a_course_of_no_length_is_no_twelve_weeks(said: str) -> None:
    assert _inf("INF-002", said) != "met", said
