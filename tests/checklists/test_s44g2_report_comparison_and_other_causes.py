"""Reading rules from the s44 phrasing grid, read through the checklists.

A visit note that sets a measure against the one the last progress report gave ("intelligibility
52% at last report, 81% now") makes the comparison Medicare's progress report owes (BPM ch. 15
section 220.3): the speech therapy report clock (SLP-006) restarts there. A note that only says
"since last report" with no measure does not. A limit the note puts down to the lungs ("walking
limited due to COPD") is no knee limit for a hyaluronan series (HYA-005).
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, _pt_visit, record, status

AS_OF = date(2026, 3, 2)


def _speech_record(text: str) -> dict:
    visits = [_pt_visit(f"s{i}", f"2026-01-{2 + 2 * i:02d}", "92507") for i in range(12)]
    evaluation = _pt_visit("ev", "2025-12-20", "92523")
    return record("92508", evaluation, *visits, _note("n1", "2026-02-27", text), reason="R47.01")


def test_a_measure_compared_with_the_last_report_is_the_progress_report() -> None:
    for text in (
        "Word retrieval 40% at last report, 72% today (goal 85%).",
        "Compared with the previous progress report: MPT 6 s -> 11 s.",
    ):
        assert status(_speech_record(text), "SLP-006", as_of=AS_OF)["status"] == "met", text


def test_since_last_report_without_a_measure_is_not() -> None:
    text = "Doing well since last report. Continue ST."
    assert status(_speech_record(text), "SLP-006", as_of=AS_OF)["status"] != "met"


def _knee_record(text: str) -> dict:
    return record("J7325", _note("k1", "2026-02-20", text), reason="M17.11")


def test_a_limit_from_the_lungs_is_not_the_knee_s() -> None:
    lungs = "Right knee OA. Limited walking due to emphysema, winded after one block."
    knee = "Right knee OA. Limited walking due to knee pain, one block at most."
    assert status(_knee_record(lungs), "HYA-005")["status"] != "met"
    assert status(_knee_record(knee), "HYA-005")["status"] == "met"
