"""Insulin reviewed or talked over and then put off is no insulin treatment, however the putting
off is joined to it (CGM-001, LCD L33822; probe class, session s65-e).

"Reviewed insulin with pt; she prefers to wait" met CGM-001: the semicolon cuts the statement, so
the review was read alone and the deferral never seen (care_proposed.py reads it only within its
statement); "insulin reviewed - wants to hold off" met it too, the review written after the drug.
A gap called met is the worst error: the PA goes out on insulin never taken. Insulin in use
("on insulin glargine 20u; reviewed dosing"), or started after the talk, stays met.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave21_past_insulin import _cgm


@pytest.mark.parametrize(
    "text",
    [
        "Reviewed insulin with pt; she prefers to wait.",
        "discussed basal insulin; pt declines for now.",
        "insulin reviewed - wants to hold off.",
        "insulin: not yet, revisit 3 mo.",
        "Insulin reviewed with pt; not ready.",
        "Mentioned Lantus; she wants to hold off until after the holidays.",
        "Went over glargine; pt declined.",
        "Basal insulin discussed at length; pt is hesitant.",
        "insulin mentioned, pt reluctant.",
    ],
)
def test_insulin_talked_over_then_put_off_is_no_treatment(text: str) -> None:
    assert _cgm("T2DM f/u, A1c 9.4. " + text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "on insulin glargine 20u; reviewed dosing.",
        "Reviewed insulin with pt; she started glargine 3/2026, now 18 u.",
        "Lantus 20 u qhs; pt declines to increase.",
        "Insulin reviewed; taking Lantus 22 u nightly.",
        "Reviewed insulin technique; pt on Humalog SSI with meals.",
    ],
)
def test_insulin_in_use_still_counts(text: str) -> None:
    assert _cgm("T2DM f/u, A1c 9.4. " + text) == "met", text
