"""A plan of care whose period is written by its last day alone (blind wave 24, BJ/slp-03): "Plan
of care: auditory rehab 92633, 2x/wk x 24 wks (through 10/19/2026)" signed on 5/4 is the plan in
force on 9/25, 144 days later, as a plan whose period is written "5/4-10/19/2026" already was
(plan_periods.py); one whose last day has passed is a lapsed plan.
"""

from __future__ import annotations

from datetime import date

from smartapp.checklists.plan_periods import stated_periods
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_PLAN = (
    "AUDITORY REHABILITATION EVALUATION - 05/04/2026\n"
    "Testing: CNC words 18%; AzBio quiet 22%.\n"
    "Plan of care: auditory rehab 92633, 2x/wk {weeks}({end}). Goals: CNC >=40% and AzBio "
    "quiet >=50% at 6 mos; return to phone use with known speakers.\n"
    "Signed P. Venkataraman CCC-SLP 05/04/2026; cert M. Okonkwo-Hart MD 05/06/2026."
)
_DAILY = "SLP DAILY NOTE\nO: Auditory training. Tolerating well.\nP: Continue POC 2x/wk."


def _slp_plan(end: str, weeks: str = "") -> str:
    notes = [_note("eval", "2026-05-04", _PLAN.format(end=end, weeks=weeks))]
    notes += [_note(f"d{i}", day, _DAILY) for i, day in enumerate(("2026-08-20", "2026-09-17"))]
    bundle = record("92633", *notes, reason="H90.3", order={"authoredOn": "2026-09-18"})
    report = score_bundle(bundle, service="92633", as_of=date(2026, 9, 25))
    return {i["id"]: i for i in report["items"]}["SLP-004"]["status"]


def test_a_plan_written_through_a_day_after_the_request_is_in_force() -> None:
    # Eight weeks from 5/4 ended 6/29; the plan's last day is 10/19.
    weeks = "x 8 wks, then 1x/wk "
    assert _slp_plan("through 10/19/2026", weeks) == "met"
    assert _slp_plan("thru 2026-10-19", weeks) == "met"


def test_a_plan_whose_last_day_has_passed_is_not() -> None:
    assert _slp_plan("through 08/31/2026", "x 8 wks, then 1x/wk ") != "met"
    # No last day of its own: 144 days old, outside the 90 days a plan is read in.
    assert _slp_plan("reassess at 6 mos") != "met"


def test_only_a_plan_line_s_last_day_is_its_period() -> None:
    written = date(2026, 5, 4)
    assert stated_periods("POC 2x/wk x 24 wks through 10/19/2026.", written) == [
        (written, date(2026, 10, 19))
    ]
    # A goal's day on a line that names no plan, and a day before the note, are no period.
    assert stated_periods("Goals: phone use through 10/19/2026.", written) == []
    assert stated_periods("POC: continue until 4/01/2026 then discharge.", written) == []


def test_a_plan_in_force_for_the_weeks_it_states() -> None:
    # "2x/wk x 24 wks" signed 5/4 runs to 10/19: the plan on 9/25.
    assert _slp_plan("signed", weeks="x 24 wks ") == "met"
    # Phases one after another add up: 4 weeks then 18 run to 10/5.
    assert _slp_plan("signed", weeks="x 4 wks, then 1x/wk x 18 wks ") == "met"
    # Twelve weeks from 5/4 ended 7/27, before the request.
    assert _slp_plan("then reassess", weeks="x 12 wks ") != "met"
    assert _slp_plan("signed", weeks="x 4 wks, 1x/wk x 12 wks ") != "met"


def test_a_plan_s_weeks_keep_it_in_force_but_never_lapse_it() -> None:
    from smartapp.checklists.plan_periods import states_plan_in_force, states_plan_lapsed

    written = date(2026, 5, 4)
    line = "Plan of care: 2x/wk x 24 wks. Goals: phone use."
    assert states_plan_in_force(line, date(2026, 9, 25), written)
    assert not states_plan_in_force(line, date(2026, 10, 30), written)
    # Read alone, weeks are no stated period; a plan of care past its rate and weeks is lapsed
    # with them (weeks=True, plan_weeks.py, blind wave 106) unless a later note carries it on.
    assert not states_plan_lapsed(line, date(2026, 10, 30), written)
    assert states_plan_lapsed(line, date(2026, 10, 30), written, weeks=True)
    # A symptom's months before the plan is named, and home health's "2w4", are no plan weeks.
    assert not states_plan_in_force("Neck pain x 12 months. POC 2x/wk.", date(2026, 9, 25), written)
    assert not states_plan_in_force("HH plan of care: PT 2w24", date(2026, 9, 25), written)
