"""What a patient could not do is denied, not the reason why (CARD-001: the symptoms from a recent
evaluation). "Unable to complete 6MWT due to dyspnea" tells the dyspnea present: it is why the
test stopped (tolerance.cause_of_inability). A symptom denied in its own words after the cause
("due to knee pain; no SOB"), or "not due to" it, stays denied."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _cardiac(text: str) -> str:
    # I25.10 (coronary disease without angina) is no coded symptom: only the note can answer.
    return status(record("78452", _note("n1", "2026-02-20", text), reason="I25.10"), "CARD-001")[
        "status"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Unable to complete 6MWT due to dyspnea.",
        "Could not complete the walk test due to chest pain.",
        "6MWT: unable to complete, stopped at 2 min due to SOB and chest tightness.",
        "Did not complete 6MWT d/t SOB.",
        "Pt was unable to finish treadmill ETT secondary to dyspnea at 4 min.",
        "not able to finish 6 min walk 2/2 SOB",
        "Couldn't finish the hall walk d/t shortness of breath.",
        "Unable to complete stairs test because of chest tightness.",
    ],
)
def test_the_cause_of_what_could_not_be_done_is_present(text: str) -> None:
    assert _cardiac(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Unable to complete 6MWT due to knee pain. Denies dyspnea.",
        "Unable to complete 6MWT due to knee pain; no SOB.",
        "Unable to complete 6MWT due to knee pain, no chest pain or SOB.",
        "Fatigue, unable to exercise, not due to dyspnea or chest pain.",
        "Denies dyspnea.",
    ],
)
def test_a_denied_symptom_stays_denied(text: str) -> None:
    assert _cardiac(text) != "met", text
