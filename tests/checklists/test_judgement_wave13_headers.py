"""Blind wave 13's section-header class: a template's decorated header ("*** ASSESSMENT/PLAN
***" in a PowerNote rendered from HTML) heads its section, so the oxygen prescription under it is
the plan (AP/oxy-02); and when the oxygen is used, as prescriptions abbreviate it."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _oxygen(text: str) -> str:
    bundle = record(
        "E1392", _note("n1", "2026-02-20", text), reason="J84.112", order_type="DeviceRequest"
    )
    return status(bundle, "OXY-004")["status"]


@pytest.mark.parametrize(
    "header", ["*** ASSESSMENT/PLAN ***", "== PLAN ==", "**Plan**", "# Plan #"]
)
def test_a_decorated_plan_header_heads_the_plan(header: str) -> None:
    # An Epic PowerNote prints its section names between stars; the line is still the header.
    text = (
        "*** HISTORY OF PRESENT ILLNESS ***\n67F IPF, DOE walking to mailbox.\n"
        f"{header}\nIPF with exertional hypoxemia.\n"
        "Rx: portable O2 concentrator, 2 LPM via NC with exertion, ~6-8 h/day, length of need "
        "12 months."
    )
    assert _oxygen(text) == "met"


def test_a_decorated_line_that_is_no_header_heads_nothing() -> None:
    # Stars around a sentence are emphasis, not a section: the flow stays outside any plan.
    text = "*** Was on 2 LPM NC with exertion in hospital, 12 months ago ***\nNo plan today."
    assert _oxygen(text) != "met"
    # Nor is a template's blank after the word ("Plan ***") a decorated header.
    blank = "HPI: IPF.\nPlan ***\nWas on 2 LPM NC with exertion in hospital, 12 months ago."
    assert _oxygen(blank) != "met"


@pytest.mark.parametrize(
    "rx", ["O2 1.5 L/min via NC 18 hrs/day", "O2 at 2 L NC PRN exertion", "O2 2 lpm qhs"]
)
def test_when_the_oxygen_is_used_as_prescriptions_abbreviate_it(rx: str) -> None:
    # No length of need here: the flow and when it is used make the prescription.
    assert _oxygen(f"Plan:\n{rx}") == "met"
    # The flow alone is not the prescription; nor is an hour count that is no daily use.
    assert _oxygen("Plan:\nO2 2 L/min NC. Recheck sats in 2 hours.") != "met"
