"""Two datings from blind wave 92 (brief s77-h3).

A shoulder replacement plan is not dated by another study named after it: "A/P: L TSA
(anatomic) - cuff intact on CT 8/2026" is this visit's plan, the date the CT's
(MO/surgery-shoulder-arthroplasty-01: read as an August plan a month before its note, and
dropped as old). A plan written with a date of its own, or only discussed, stays as it was.

Days listed after a count of care had are history even in an A/P: "CSI x2 (1/26, 6/26)"
(MO/surgery-shoulder-arthroplasty-02: read as next January and June, still to come).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

NOTE_DAY = date(2026, 9, 8)


def _found(text: str, concept: str, day: date = NOTE_DAY) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, day)])
    return [f for f in found if f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L TSA (anatomic) - cuff intact on CT 8/2026. Expect pain relief, ↑ROM. Sling, PT.",
        "Plan: R reverse TSA, glenoid version on CT 7/2026 ok.",
        "A/P: L rTSA - massive cuff tear on MRI 6/2026. Goal elevation to 120.",
        "P: R anatomic TSA; XR 5/2026 shows severe GH OA.",
    ],
)
def test_a_studys_date_is_not_the_plans(text: str) -> None:
    plans = [f for f in _found(text, "shoulder-replacement-plan") if not f.negated]
    assert plans and all(f.when is None for f in plans), [(f.text, f.when) for f in plans]


def test_a_plan_of_a_study_keeps_its_own_date() -> None:
    # the study is the finding itself: its date is its own
    from smartapp.notes.finding_dates import other_study_date

    text = "Plan MRI 9/2/26 to assess cuff"
    assert not other_study_date(text, text.index("9/2"), text.index("MRI"))
    text = "Plan L TSA - cuff intact on CT 8/2026"
    assert other_study_date(text, text.index("8/2026"), text.index("TSA"))


def test_an_old_plan_dated_by_itself_is_still_dated() -> None:
    # "planned 3/2025" is the plan's own date, no study between
    plans = _found("L TSA planned 3/2025, deferred for cardiac w/u.", "shoulder-replacement-plan")
    assert plans and all(f.when == date(2025, 3, 1) for f in plans), [f.when for f in plans]


@pytest.mark.parametrize(
    "text",
    [
        "TSA discussed as an option. Continue PT, repeat CSI.",
        "Candidate for TSA in future if sx progress.",
    ],
)
def test_a_plan_only_discussed_is_not_definite(text: str) -> None:
    plans = _found(text, "shoulder-replacement-plan")
    assert all(f.speculative or f.hypothetical or f.negated for f in plans), plans


def test_another_joints_replacement_keeps_its_region() -> None:
    plans = _found("A/P: R TKA - cuff intact on CT 8/2026", "knee-replacement-plan")
    assert plans and all(not any(r.startswith("glenohumeral") for r in f.regions) for f in plans)


TALLY_NOTE = date(2026, 10, 12)


@pytest.mark.parametrize(
    "text, days",
    [
        ("A/P:\n1. R CTA - PT failed. CSI x2 (1/26, 6/26). Celecoxib daily.",
         {date(2026, 1, 26), date(2026, 6, 26)}),
        ("Plan: R rTSA. Steroid injections x3: 2/12, 4/9, 7/1, brief relief.",
         {date(2026, 2, 12), date(2026, 4, 9), date(2026, 7, 1)}),
    ],
)  # fmt: skip
def test_days_after_a_tally_of_care_had_are_past(text: str, days: set[date]) -> None:
    shots = _found(text, "corticosteroid-injection", TALLY_NOTE)
    assert shots and set(shots[0].dates) == days, [f.dates for f in shots]


def test_a_tally_planned_looks_ahead() -> None:
    shots = _found("Plan CSI x2 (11/3, 12/1).", "corticosteroid-injection", TALLY_NOTE)
    assert shots and all(d > TALLY_NOTE for f in shots for d in f.dates), [f.dates for f in shots]
