"""A symptom stated as history with its own date happened then (blind wave 19, BO/card-03): a
cardiology note of 2026-03-26 that "Denies chest pain" and plans "Hx chest pain 11/2025 - will get
CCTA" met CARD-001's 60-day symptom evaluation by the 11/2025 episode, dated by the note that
recalls it. A history mention dated by its own date lies where that date is; one without a date,
or a symptom that runs from its date to the note ("chest pain since 11/2025"), is the note's."""

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
        "Denies chest pain. A/P: Hx chest pain 11/2025 - will get CCTA to exclude CAD.",
        "No CP today. History of exertional chest pain in 2024, will get stress test.",
        "h/o syncope 06/2025, none since. Echo ordered.",
    ],
)
def test_a_dated_history_of_a_symptom_is_as_old_as_its_date(text):
    assert _cardiac(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Exertional chest pain since 11/2025, worse this month. Stress test ordered.",
        "Chest pain with exertion x 3 wks. Hx chest pain 2019, resolved. Stress test ordered.",
        "Hx chest pain, recurrent with exertion. Stress test ordered.",
    ],
)
def test_a_current_or_undated_symptom_is_the_notes(text):
    assert _cardiac(text) == "met", text
