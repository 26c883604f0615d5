"""Supervised weight management as letters and histories write it (brief s67-g, blind wave 70,
JH/bar-02): a care manager's "attended PCP weight-management visits monthly from Jan 2025
through Dec 2025 (12 visits)" and an H&P's "Wt loss hx: physician-supervised w/ Dr. Abernathy
(PCP) 2025-26 - monthly wt checks, ..., lost 11 lb then regained" are the medically supervised
attempt NCD 100.1 asks for, though one hyphenates "weight management" and the other names the
attempt only by its label. Never begun, only planned, a relative's, or the criterion itself is
none."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _bar003(text: str) -> str:
    bundle = record(
        "43644", _note("n1", "2026-07-01", text), reason="E66.01",
        order={"authoredOn": "2026-07-01"},
    )  # fmt: skip
    return status(bundle, "BAR-003", as_of=date(2026, 7, 15))["status"]


@pytest.mark.parametrize(
    "text",
    [
        # a care manager's letter, the case's own words
        "Member has attended PCP weight-management visits monthly from Jan 2025 through Dec 2025"
        " (12 visits), per PCP records attached. Weight Jan 2025 277 lb, June 2026 273 lb.",
        # the H&P's history line
        "Wt loss hx: physician-supervised w/ Dr. Abernathy (PCP) 2025-26 - monthly wt checks,"
        " diet/exercise counseling, lost 11 lb then regained.",
        # templated heading
        "Weight-Management Program (PCP-supervised) Jan-Dec 2025, 12 visits, weight regained.",
        # terse, abbreviated
        "12 monthly wt-mgmt visits w/ PCP 2025, no durable loss.",
        # misspelt
        "Completed weight managment program with PCP 1/2025-12/2025, regained 9 lb.",
        # SOAP, the supervisor by another word
        "S: Weight loss attempts: MD-supervised by her PCP monthly 2/2025-11/2025, lost 4 kg,"
        " regained.",
    ],
)
def test_supervised_weight_management_as_written_is_the_attempt(text: str) -> None:
    assert _bar003(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Never seen a dietitian or a weight-management doctor.",  # negated
        "Plan: enroll in our 3-month supervised weight-management program + RD.",  # planned
        "Referred to the weight-management clinic in May - on the waitlist, not yet scheduled.",
        "Mother did a weight-management program before her lap band.",  # a relative's
        "Wt loss hx: none; physician-supervised attempt with PCP needed before surgery.",  # asked
        "Weight-management program 2021 with PCP, lost 10 lb.",  # out of the two years
        "Wt loss hx: not physician-supervised; keto on his own 2025.",  # self-directed
    ],
)
def test_weight_management_not_done_in_the_window_is_no_attempt(text: str) -> None:
    assert _bar003(text) != "met"
