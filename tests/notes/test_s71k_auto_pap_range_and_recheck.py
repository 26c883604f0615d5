"""An auto-titrating PAP's pressure range is its settings, and a recheck a number of days out on
the PAP is the adherence follow-up (s71-k, blind wave 80, KV/cpap-02: "Will try CPAP auto 4-12,
recheck 60 d." read as no PAP plan). Not a range of months, visits or AHI, nor a recheck of
something else ("recheck BP in 60 d")."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_PLAN = {"pap-settings", "adherence"}


def _plan(text: str) -> set[str]:
    """The PAP-plan concepts read (not negated) from ``text``."""
    found = find_findings([NoteInput("DocumentReference/s1", text)])
    return {
        f.concept
        for f in found
        if f.category == "treatment-plan" and f.concept in _PLAN and not f.negated
    }


@pytest.mark.parametrize(
    "text",
    [
        "A/P: mild OSA, symptomatic. Will try CPAP auto 4-12. Positional therapy discussed.",
        "Plan: start CPAP on auto 5-20, medium nasal cushion.",
        "Rx E0601 - AutoSet 6-14, humid off.",
        "Settings: auto 5-15.",
        "C-PAP (auto) 6-18 ordered today.",
        "cpap auto mode 4 to 20",
        "Order: CPAP, auto, min 5 max 15.",
        "OSA - CPAP autotitrate 4-15.",
    ],
)
def test_an_auto_pressure_range_is_the_pap_settings(text: str) -> None:
    assert "pap-settings" in _plan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Will try CPAP, recheck 60 d.",
        "Start CPAP - f/u 45 days.",
        "New cpap, rtc 8 wks.",
        "CPAP ordered, follow up in 60 days.",
        "A/P: OSA. Begin PAP, re-check in 30-60 d.",
        "Recheck in 6 wk on CPAP.",
        "CPAP started 6/1, F/U 31 days.",
        "BiPAP trial, see back 4 weeks.",
    ],
)
def test_a_recheck_days_out_on_the_pap_is_the_adherence_follow_up(text: str) -> None:
    assert "adherence" in _plan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tried CPAP 4-12 months ago, stopped.",
        "Auto 4-12 visits last year.",
        "AHI 4-12 across the nights recorded.",
        "On CPAP. Recheck BP in 60 d.",
        "Knee: HEP, recheck 60 d.",
        "CPAP 4-12 yrs ago.",
        "Auto accident 5-10 min from home.",
        "Declined CPAP, recheck 60 d.",
    ],
)
def test_months_visits_ahi_other_rechecks_and_refusal_are_no_pap_plan(text: str) -> None:
    assert _plan(text) == set()
