"""A prior hyaluronan series written as a span ran to its last day (blind wave 35, EB/hya-02).

"Supartz L knee x5 weekly 8/25/25-9/22/25" before a repeat on 3/10/26: its first injection is
more than six months before the repeat, its last is not, so the repeat is too soon (HYA-006).
The series' care written in an A/P line with the relief it gave, or under an "Order history"
label, is care given, not planned.
"""

from __future__ import annotations

from .test_judgement import _note, record, status


def _repeat(text: str) -> str:
    bundle = record("J7321", _note("n1", "2026-02-24", text), reason="M17.12")
    return status(bundle, "HYA-006")["status"]


def test_a_series_ending_inside_six_months_is_too_recent() -> None:
    assert _repeat("HPI: L knee OA. Supartz L knee x5 weekly 8/25/25-9/22/25, good relief.") == (
        "missing"
    )


def test_a_series_ended_before_six_months_is_not() -> None:
    assert _repeat("HPI: L knee OA. Supartz L knee x5 weekly 6/2/25-6/30/25, good relief.") == (
        "met"
    )


def test_an_order_history_in_the_plan_tells_of_the_series_given() -> None:
    said = (
        "A/P: L knee OA. Order history: Supartz L knee x5 weekly 8/25/25-9/22/25 (good relief "
        "until Jan). Plan repeat Supartz L knee x5."
    )
    assert _repeat(said) == "missing"
