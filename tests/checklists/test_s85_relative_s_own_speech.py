"""A relative's own speech, told by the relative, is the relative's (brief s85-switch;
notes/whose_item.relatives_self): "Mother reports her own speech is unclear" in a 3-year-old
girl's SLP evaluation was read as the child's limit and met SLP-003, since what an informant
tells is the patient's and "her" may be the girl's. The reflexive ("her own", "she herself")
turns it back on the mother. Without it ("Mother reports her speech is unclear" of a girl, "...
his speech ..." of a boy), and where the possessive is another's ("his own" said by the mother,
"the child's own"), the words stay the child's."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_EVAL = (
    "SLP eval: CI activated 8/2025. PLS-5 AC SS 58, EC SS 55. Detects Ling 6 sounds, no "
    "closed-set word ID. {said}"
)


def _slp003(said: str, gender: str = "female") -> str:
    bundle = record("92630", _note("n1", "2026-01-20", _EVAL.format(said=said)), reason="H90.3")
    bundle["entry"][0]["resource"].update({"gender": gender, "birthDate": "2022-03-10"})
    return status(bundle, "SLP-003", as_of=dt.date(2026, 2, 1))["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Mother reports her own speech is unclear.",
        "Mom says her own speech is slurred.",
        "Mother states that her own speech is hard to understand.",
    ],
)
def test_the_mother_s_own_speech_meets_nothing(said: str) -> None:
    assert _slp003(said) != "met", said


@pytest.mark.parametrize(
    ("said", "gender"),
    [
        ("Mother reports her speech is unclear.", "female"),
        ("Mother reports his speech is unclear.", "male"),
        ("Mother reports his own speech is unclear.", "male"),
    ],
)
def test_the_child_s_speech_told_by_the_mother_still_counts(said: str, gender: str) -> None:
    assert _slp003(said, gender) == "met", said


def _family(text: str, sex: str = "female") -> list[bool]:
    note = NoteInput("DocumentReference/n1", text, dt.date(2026, 5, 26), "SLP evaluation", sex,
                     dt.date(2023, 3, 1))  # fmt: skip
    return [f.family for f in find_findings([note]) if f.concept == "communication-limitation"]


@pytest.mark.parametrize(
    "text",
    [
        "Mother reports her own speech is unclear.",
        "Father reports his own speech is unclear.",
        "Mom says her own speech is slurred since her stroke.",
        "Mother's own speech is unclear.",
    ],
)
def test_the_reflexive_gives_the_finding_to_the_relative(text: str) -> None:
    assert _family(text) == [True] * len(_family(text)) and _family(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Mother reports her speech is unclear.",  # a girl's note: her speech
        "Father reports her own speech is unclear.",  # not the father's sex
        "Mother reports the child's own speech is unclear.",
        "Mother reports pt's speech is unclear.",
    ],
)
def test_without_the_relative_s_reflexive_the_finding_is_the_child_s(text: str) -> None:
    assert _family(text) and not any(_family(text)), text
