"""A supervised weight-loss program as notes shorten it (blind wave 14, AV/bar-04): "completed
6-month medically supervised wt program with Dr. X's RD 7/2025-1/2026" is the dietitian-supervised
attempt the bariatric item asks for (NCD 100.1), though it writes neither "weight loss program"
nor "dietitian". A weight program only planned or declined, or a bare weight, is none."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _bariatric(text: str) -> dict:
    return record("43775", _note("n1", "2026-02-20", text), reason="E66.01")


def test_a_supervised_weight_program_however_shortened_is_the_attempt():
    for text in (
        "Completed 6-month medically supervised wt program with Dr. Marwick's RD 7/2025-1/2026 "
        "(monthly visits documented), lost 4 kg then plateaued.",
        "6-month RD-supervised program 7/2025-1/2026, plateaued.",
        "Monthly visits with a registered dietitian 6/2025-12/2025, lost 3 kg.",
        "Did a physician-supervised weight program for 6 months last year, regained it.",
        "Supervised diet program x 6 mo (2025), no sustained loss.",
    ):
        assert status(_bariatric(text), "BAR-003")["status"] == "met", text


def test_no_program_or_only_a_plan_is_no_attempt():
    for text in (
        "Weight 112 kg, BMI 41. Discussed options.",
        "Declined a supervised weight program.",
        "Wt stable over the last year. Psych eval cleared.",
    ):
        assert status(_bariatric(text), "BAR-003")["status"] != "met", text
