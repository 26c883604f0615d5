"""A surgical plan whose anticipated outcome is written after it is still the plan (blind wave
21, BX/tsa-03, BW/tka-03).

- "Plan L anatomic TSA like the R side - anticipated outcome similar to R (pain free, FE 160)":
  medspaCy's backward "free" denied the whole sentence before it, the TSA and its outcome with
  the pain. "Pain free", "symptom-free" deny the word they follow, not the plan.
- "PLAN: R TKA - anticipate pain relief and improved walking distance. *** Order updated R knee
  standing films? -> not ordered.": an Epic wildcard ("***") opening the next sentence is that
  sentence's unfilled field; the plan before it is written out in full.

A plan still denied ("No TSA - pain free after injection"), left open ("may consider TKA"), or
itself the blank ("Plan: *** TKA") stays no plan.
"""

from __future__ import annotations

import pytest

from smartapp.notes.segments import segment

from .test_judgement import _note, record, status


def _shoulder_plan(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record("23472", note, reason="M19.012"), "TSA-005")["status"]


def _knee_plan(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record("27447", note, reason="M17.11"), "TKA-005")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L glenohumeral OA. Plan L anatomic TSA like the R side - anticipated outcome "
        "similar to R (pain free, FE 160).",
        "Plan: L reverse TSA; expect pain-free ADLs and overhead reach.",
        "Proceed with L TSA, goal pain free sleep and symptom free reaching.",
    ],
)
def test_an_outcome_written_pain_free_leaves_the_shoulder_plan_standing(text: str) -> None:
    assert _shoulder_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L shoulder OA. No TSA - pain free after injection.",
        "A/P: L shoulder OA. May consider TSA in the future if not pain free.",
    ],
)
def test_a_denied_or_open_shoulder_plan_is_still_none(text: str) -> None:
    assert _shoulder_plan(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "ASSESSMENT: R knee OA failed nonop.\nPLAN: R TKA - anticipate pain relief and improved "
        "walking distance. *** Order updated R knee standing films? -> not ordered.",
        "A/P: R knee OA. Plan R TKA 3/20, expect improved walking. *** Pre-op labs?",
    ],
)
def test_a_wildcard_opening_the_next_sentence_blanks_that_sentence_only(text: str) -> None:
    assert _knee_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "A/P: R knee OA. Plan: *** TKA.",
        "A/P: R knee OA. Plan R TKA ***.",
    ],
)
def test_a_plan_that_is_itself_the_blank_is_none(text: str) -> None:
    assert _knee_plan(text) != "met"


def test_the_wildcard_starts_a_statement_after_a_full_stop() -> None:
    text = "PLAN: R TKA. *** Order films? ADLs: ***. Plan: *** TKA."
    pieces = [s.text for s in segment(text)]
    assert pieces[0] == "PLAN: R TKA."
    assert "ADLs: ***." in pieces and "Plan: *** TKA." in pieces  # blanks of their own field
