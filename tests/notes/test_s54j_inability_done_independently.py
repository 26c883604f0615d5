"""An inability followed by "independently" is a limit on what the patient does alone: "not able
to ambulate independently" found no limitation at all, and in "unable to complete ADLs
independently" both the "unable to complete" and the trailing "independently" were read as a
denial of the ADL limit. Doing them independently, or being independent with them, stays no
limitation."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limits(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/i1", text, dt.date(2026, 4, 9))])
    return [
        f for f in found
        if f.concept in {"adl-limitation", "activity-limitation", "walking-limitation"}
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Not able to walk independently.",
        "He is not able to ambulate independently in the community.",
        "Pt not able to walk independently since the stroke, uses wheelchair.",
        "Unable to complete ADLs independently.",
        "FUNCTION: unable to perform ADLs independently; daughter assists.",
        "Cannot do her ADLs independently.",
        "Not able to complete basic ADLs independently.",
        "Pt unable to perform all ADLs independently at this time.",
        "She is not able to manage her IADLs independently.",
        "ADLs: unable to complete independently.",
        "Functional status:\nADLs: cannot do independently",
    ],
)
def test_an_inability_to_do_it_alone_is_a_limit(text: str) -> None:
    assert any(f.asserted for f in _limits(text))


@pytest.mark.parametrize(
    "text",
    [
        "Walks independently.",
        "Ambulates independently without device in clinic.",
        "Completes ADLs independently.",
        "Independent with all ADLs.",
        "Able to complete ADLs independently.",
        "Goal: pt to complete ADLs independently by discharge.",
        "Mother is not able to walk independently.",
        "Mom unable to complete ADLs independently after her stroke.",
        "ADLs: independent.",
        "ADLs: Independent\nTransfers: independent",
        "ADL: unable to assess today (pain).",
    ],
)
def test_doing_it_alone_or_a_relatives_inability_is_not(text: str) -> None:
    assert not any(f.asserted for f in _limits(text))
