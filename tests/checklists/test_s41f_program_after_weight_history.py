"""The weight-loss program written after a history line's weight and its year ("Wt hx: peak 130
kg 2023. Joined medically supervised weight loss with her PCP 8/2025-2/2026") is dated by its own
months, not the weight's year (blind wave 44, FK/bariatric-02; the cut is segments.py's).
"""

from __future__ import annotations

import datetime as dt

from .test_judgement import _note, record, status


def test_the_program_after_the_weight_history_is_dated_by_its_own_months() -> None:
    text = (
        "Bariatric surgery consult.\nPMH: HTN, OSA on CPAP.\n"
        "Wt hx: peak 130 kg 2023. Joined medically supervised weight loss with her PCP "
        "8/2025-2/2026, monthly visits, lost 6 kg then plateaued.\n"
        "Plan: laparoscopic sleeve gastrectomy."
    )
    bundle = record("43775", _note("n1", "2026-05-20", text), reason="E66.01")
    assert status(bundle, "BAR-003", as_of=dt.date(2026, 5, 28))["status"] == "met"
