"""A walker ordered before a scheduled surgery for the gait limit the surgery leaves meets WLK-002
(brief s80-func; blind wave 95, NB/walker-02: "DME: standard walker x1 for post-op gait (WBAT)" in
the pre-op H&P for a R TKA on 10/6, and KY/dme-walker-02: "Will need walker post-op - unable to
ambulate safely w/o device x 6-8 wks after surgery"). LCD L33791 asks for a mobility limitation a
walker resolves at the time of use, and the walker is used after the surgery; the pre-op note's
"independent" is the patient before it. Only beside a definite surgical plan: no surgery
scheduled, a walker only wanted for after the surgery with no limit said (blind JT/ and
IW/dme-walker-03), a walker "just in case" and a past post-op walker are no such limitation."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _wlk_002(text: str) -> str:
    bundle = record("E0135", _note("n1", "2026-09-29", text), reason="M17.11",
                    order_type="DeviceRequest")  # fmt: skip
    return status(bundle, "WLK-002", as_of=date(2026, 10, 1))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Pre-op H&P - R TKA 10/6\nR knee OA end-stage. Lives 2nd floor apt, 14 stairs.\n"
        "Plan: R TKA 10/6. DME: standard walker x1 for post-op gait (WBAT), PT HH 2x/wk.\n"
        "Functional status: independent (ambulates w/o device pre-op).",
        "Preop: R TKA 10/6. Will need walker post-op - unable to ambulate safely w/o device "
        "x 6-8 wks after surgery; stairs w/ rail.",
        "R hip OA. Scheduled for R THA 10/8. Requires rolling walker after R THA, PWB x 6 wks.",
    ],
)
def test_a_walker_for_the_scheduled_surgery_s_gait_is_the_limit(text: str) -> None:
    assert _wlk_002(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        # no surgery scheduled: talked about only
        "R knee OA, mild. May need TKA someday; would need a walker post-op.\n"
        "Functional status: independent.",
        "R knee OA. If she has the TKA she will need a walker post-op. Walks 2 miles daily.",
        # a walker only wanted for after the surgery, no limit said (JT/, IW/dme-walker-03)
        "Pre-op H&P. R TKA scheduled 10/6. Ambulates independently, no falls.\n"
        "Plan: rolling walker to be used post-op; L THA next month; will need walker after "
        "surgery for ambulation.",
        # a walker just in case
        "Plan: R TKA 10/6. Walker for post-op gait just in case; expect to walk unaided.\n"
        "Functional status: independent.",
        # a past post-op walker only
        "s/p L TKA 5/2025 (did well, used walker ~5 wks post-op then cane). Needed a walker "
        "after the L TKA.\nFunctional status: independent, no device.",
    ],
)
def test_near_misses_leave_the_limit_missing(text: str) -> None:
    assert _wlk_002(text) != "met", text
