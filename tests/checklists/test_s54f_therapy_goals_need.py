"""A home therapy order's skilled need read from its plan: the measurable goals the therapy is to
reach, in a sentence of their own (blind wave 59,
HP/home-health-03: "PT 3w2,2w2,1w2; SN 1w1 + 2 PRN. Goals: knee flex 105, amb 300 ft w/ cane,
indep stairs by 4/18"). 42 CFR 409.44(c) asks home therapy to have measurable goals in the plan
of care; the goals are what the therapist's skill is for, as "PT 2w4 for gait" says in one line.
A PT order needs goals of walking, stairs, transfers or motion; an OT order goals of self-care.
A frequency alone, goals of another kind, another discipline's goals, a template left blank,
or a nursing order keep no need.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-05-04", "occurrenceDateTime": "2026-05-11"}


def _hhc002(code: str, text: str) -> str:
    note = _note("poc", "2026-05-03", "HOME HEALTH PLAN OF CARE - SOC 5/11/2026\n" + text +
                 "\nSigned: Dr. I. Castell MD 5/3/2026\n")  # fmt: skip
    report = score_bundle(record(code, note, reason="Z96.651", order=_ORDER),
                          as_of=date(2026, 5, 6))  # fmt: skip
    return {i["id"]: i for i in report["items"]}["HHC-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "PT 3w2, 2w2, 1w2; SN 1w1 + 2 PRN. Goals: knee flex 110, amb 250 ft w/ SPC, indep stairs.",
        "PT 2x/wk x 4 wks. Goals - ambulate 150 ft with RW, independent bed to chair transfers.",
        "Disciplines: PT 2w4, HHA 2w4.\nGoals: safe stair negotiation x 12 steps; TUG < 14 s.",
        "PT 3w3 (9 visits). LTG: gait 300 ft w/o device; R knee ROM 0-115 by 6/20.",
    ],
)
def test_a_pt_plan_with_mobility_goals_is_the_pt_need(text: str) -> None:
    assert _hhc002("G0151", text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "OT 2w4. Goals: indep LB dressing and tub transfer with bench; grooming in standing.",
        "OT 1x/wk x 6 wks. Goals: pt independent with bathing and toileting by end of cert.",
    ],
)
def test_an_ot_plan_with_self_care_goals_is_the_ot_need(text: str) -> None:
    assert _hhc002("G0152", text) == "met", text


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("G0151", "PT 3w2, 2w2, 1w2; SN 1w1."),  # a frequency and no goal
        ("G0151", "PT 2w4. Goals: pt to be pain free and happy at home."),  # no mobility goal
        ("G0151", "OT 2w4. OT goals: indep stairs, amb 150 ft."),  # another discipline's goals
        ("G0151", "PT 2w4. Goals: ***"),  # a template left blank
        ("G0299", "SN 1w4. Goals: amb 150 ft w/ walker, indep stairs."),  # a nursing order
        ("G0152", "OT 2w4. Goals: amb 150 ft w/ walker, indep stairs."),  # OT with PT's goals
    ],
)
def test_no_such_plan_is_no_need(code: str, text: str) -> None:
    assert _hhc002(code, text) != "met", text
