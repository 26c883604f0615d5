"""A pronoun opening the statement after one about a relative is the relative's (brief s75-f:
"Brother has OSA. His snoring is loud." met SLEEP-001 with the brother's snoring;
notes/relative_pronouns.py)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.relative_pronouns import relative_pronoun

from .test_judgement import _note, record, status


def _sleep_001(said: str) -> str:
    text = f"Sleep consult.\nHPI: 45 yo referred for evaluation. {said}\nA/P: PSG."
    bundle = record("95810", _note("n1", "2026-02-20", text), reason="Z13.9")
    return status(bundle, "SLEEP-001", as_of=date(2026, 3, 1))["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Brother has OSA. His snoring is loud.",
        "Brother has OSA. He snores loudly.",
        "Pt's brother has OSA; his snoring is loud.",
        "Mother has OSA. Her snoring is loud.",
        "Brother has OSA.\nHis snoring is loud.",
        "Father was dx with OSA. He gasps at night.",
    ],
)
def test_the_relative_s_symptom_is_not_the_patient_s(said: str) -> None:
    assert _sleep_001(said) != "met", said


@pytest.mark.parametrize(
    "said",
    [
        "Wife reports his snoring is loud.",
        "Brother has OSA. Pt snores loudly.",
        "Brother has OSA. He says pt snores loudly.",
        "Wife has insomnia. He snores loudly.",
        "Brother has OSA. Her snoring is loud.",
        "Brother uses CPAP. His wife says he snores loudly.",
        "Wife reports he stops breathing. She also notes his snoring is loud.",
    ],
)
def test_the_patient_s_symptom_still_counts(said: str) -> None:
    assert _sleep_001(said) == "met", said


def test_only_the_statement_right_after_the_relative() -> None:
    text = "Brother has OSA. His snoring is loud."
    assert relative_pronoun(text, 17, "His snoring is loud.")
    text = "Brother has OSA, his snoring is loud."
    assert not relative_pronoun(text, 17, "his snoring is loud.")
    text = "Brother has OSA. Pt tired. His snoring is loud."
    assert not relative_pronoun(text, 27, "His snoring is loud.")
