"""An evaluation stated as done in a therapy note's shorthand (blind wave 17 brief: "Eval done
11/4"): "Eval done 2/3: R knee AROM 0-95", "PT eval completed 2/3", "Initial eval performed
today" is the therapy evaluation PT-002 asks for, though the note is titled a progress note and
says neither "initial evaluation" nor "evaluation completed". One still to come ("Eval to be done
next visit", "eval scheduled 3/5") or another discipline's ("Psych eval done 1/10", "Neuro eval
completed") is none."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _pt(text: str) -> dict:
    return record("97110", _note("n1", "2026-02-20", text), reason="M17.11")


def test_an_evaluation_stated_done_in_shorthand_is_on_record():
    for text in (
        "Eval done 2/3: R knee AROM 0-95, quad 4-/5.",
        "PT eval completed 2/3. Quad lag 10 deg.",
        "Initial eval performed today; see flowsheet.",
        "Evaluation done 02/03/2026 by R. Lee, DPT.",
    ):
        assert status(_pt(text), "PT-002")["status"] == "met", text


def test_one_still_to_come_or_another_discipline_s_is_not():
    for text in (
        "Eval to be done next visit.",
        "Eval scheduled 3/5.",
        "Psych eval done 1/10, cleared.",
        "Neuro eval completed 12/2025 - no deficits.",
        "Will do eval at next visit when swelling decreases.",
    ):
        assert status(_pt(text), "PT-002")["status"] != "met", text
