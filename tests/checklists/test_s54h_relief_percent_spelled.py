"""A repeat epidural's prior response as dictated notes spell it (IPN-009; LCD L39242 asks 50%
relief for 3 months): "60 percent", "60 per cent", "60 pct", "sixty percent" are the 60% a typed
note writes (blind wave 60, HR/spinalinj-03). Each spelled form is judged as its "%" twin is:
met when high and long enough, short or low when not, nothing where no relief is told."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _repeat(told: str) -> str:
    text = f"Radicular LBP. S/p L5-S1 ILESI 8/28/25. {told}\nPlan: repeat L5-S1 ILESI, fluoro."
    note = _note("n1", "2026-02-18", text)
    return status(record("62323", note, reason="M54.17"), "IPN-009")["status"]


@pytest.mark.parametrize(
    ("spelled", "typed", "expected"),
    [
        (
            "Roughly 60 percent relief lasting 4 months.",
            "Roughly 60% relief lasting 4 months.",
            "met",
        ),
        ("75 per cent relief x 4 mos.", "75% relief x 4 mos.", "met"),
        ("Seventy percent relief for about 4 months.", "70% relief for about 4 months.", "met"),
        ("fifty-five percent relief, lasted 4 months.", "55% relief, lasted 4 months.", "met"),
        (
            "Relief of about eighty percent, lasted 4 months.",
            "Relief of about 80%, lasted 4 months.",
            "met",
        ),
        (
            "Reports 65 percent improvement in leg pain lasting 4 months.",
            "Reports 65% improvement in leg pain lasting 4 months.",
            "met",
        ),
        (
            "The shot helped maybe 60 pct, lasting 4 months.",
            "The shot helped maybe 60%, lasting 4 months.",
            "met",
        ),
        # near misses: too little, too short, a goal, a share of days
        ("thirty percent relief lasting 4 months.", "30% relief lasting 4 months.", "missing"),
        (
            "Ninety percent relief but it lasted only 2 weeks.",
            "90% relief but it lasted only 2 weeks.",
            "partial",
        ),
        (
            "Goal: cut leg pain by 50 percent over 3 months.",
            "Goal: cut leg pain by 50% over 3 months.",
            "missing",
        ),
        (
            "No relief; 80 percent of days painful for 4 months.",
            "No relief; 80% of days painful for 4 months.",
            "missing",
        ),
    ],
)
def test_a_spelled_percentage_reads_as_its_typed_twin(
    spelled: str, typed: str, expected: str
) -> None:
    assert _repeat(typed) == expected, typed
    assert _repeat(spelled) == expected, spelled
