"""The record's Patient reaches the notes (brief s80-speaker, blind wave 95,
NC/speech-language-03): "Mother: she can't follow spoken directions without signs." in a
3-year-old girl's SLP evaluation is the child's limit and meets SLP-003; in a boy's record, or one
that does not say who the patient is, the pronoun may be the mother's own, and a family history's
entry on the mother ("she had a stroke at 60") stays hers (tests/notes/
test_s80_relative_speaks_for_the_patient.py has the wordings).
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

_EVAL = (
    "SLP eval: CI activated 8/2025. PLS-5 AC SS 58, EC SS 55. Detects Ling 6 sounds, no "
    "closed-set word ID. {said}"
)


def _slp003(said: str, gender: str | None, born: str | None) -> str:
    bundle = record("92630", _note("n1", "2026-01-20", _EVAL.format(said=said)), reason="H90.3")
    patient = bundle["entry"][0]["resource"]
    patient.update({k: v for k, v in (("gender", gender), ("birthDate", born)) if v})
    return status(bundle, "SLP-003", as_of=dt.date(2026, 2, 1))["status"]


def test_a_mother_telling_her_daughter_s_limit_meets_slp_003() -> None:
    said = "Mother: she can't follow spoken directions without signs."
    assert _slp003(said, "female", "2022-03-10") == "met"
    assert _slp003("Pt can't follow spoken directions without signs.", None, None) == "met"


@pytest.mark.parametrize(
    ("said", "gender", "born"),
    [
        ("Mother: she can't follow spoken directions without signs.", "male", "2022-03-10"),
        ("Mother: she can't follow spoken directions without signs.", None, None),
        ("Mother: she had a stroke at 60, can't follow spoken directions.", "female",
         "2022-03-10"),
    ],
)  # fmt: skip
def test_the_mother_s_own_limit_meets_nothing(
    said: str, gender: str | None, born: str | None
) -> None:
    assert _slp003(said, gender, born) != "met"
