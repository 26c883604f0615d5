"""A weight-loss program enrolled in but attended only at intake is no supervised attempt
(brief s65b-met, blind wave 110, OZ/bariatric-02).

"Enrolled in our 6-mo supervised program 3/2026: attended intake 3/12 only; no-show 4/9, 5/14,
6/11, 7/9; discharged from program 8/2026." met BAR-003 (NCD 100.1's "previous unsuccessful
medical treatment for obesity") on "supervised program". The program was never tried, so it did
not fail (programs_unattended.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _weight_loss(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 9, 8))])
    return [f for f in found if f.concept == "weight-loss" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Enrolled in our 6-mo supervised program 3/2026: attended intake 3/12 only; no-show 4/9, "
        "5/14, 6/11, 7/9; discharged from program 8/2026.",
        "Medically supervised weight loss program 2/2026 - attended only the intake visit.",
        "Enrolled in supervised weight management program 1/2026, attended once, then no-shows.",
        "Supervised weight loss program 4/2026: discharged for non-attendance after 3 no-shows.",
        "Referred to medical weight management program 2025; enrolled but never attended.",
        "Supervised weight loss program 3/2026, no-show x4, discharged from the program 7/2026.",
    ],
)
def test_a_program_attended_only_at_intake_is_no_attempt(text: str) -> None:
    assert not _weight_loss(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Supervised program 3/2026-8/2026, 6 of 6 visits, lost 12 lb.",
        "Medically supervised weight loss program 1/2026-6/2026: attended 5 of 6 sessions, "
        "1 no-show, net -4 lb.",
        "Supervised weight management program: attended intake and 5 monthly visits, plateau.",
        "Completed 6-mo medically supervised weight loss program 2025, regained 10 lb.",
    ],
)
def test_a_program_attended_still_counts(text: str) -> None:
    assert _weight_loss(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Never started phentermine; medically supervised weight loss program 2025 x 6 mo, "
        "regained.",
        "Pt no-showed to PT and was discharged from the program; medically supervised weight "
        "loss program 2025 x 6 mo, no loss.",
    ],
)
def test_another_cares_no_show_before_the_program_leaves_it(text: str) -> None:
    assert _weight_loss(text), text
