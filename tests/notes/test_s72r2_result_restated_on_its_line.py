"""A result restated on the line of a dated study is that study's (blind wave 82,
LB/cardiac-imaging-02: a faxed outside record's "ECG 08/14/2023: NSR, rate 72, no ST-T changes.
Normal ECG." gave its closing "Normal ECG." the fax's day, and CARD-004 took a 2023 tracing for a
current ECG). A study told again later on its line with a time word of its own ("ECG today"), or
on a line of its own, keeps the note's day."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

FAX_DAY = dt.date(2026, 5, 13)


def _ecg_days(text: str) -> list[dt.date | None]:
    found = find_findings([NoteInput("DocumentReference/d1", text, FAX_DAY)])
    return [f.when for f in found if f.concept == "ecg" and f.asserted and not f.planned]


@pytest.mark.parametrize(
    "text",
    [
        "ECG 08/14/2023: NSR, rate 72, no ST-T changes. Normal ECG.",
        "EKG (8/14/23): sinus rhythm 72. Normal EKG.",
        "ECG from 08/2023 - NSR; normal ECG",
        "Outside ECG dated 8/14/2023 reviewed: normal sinus rhythm. Nml ECG.",
        "Outside records by fax:\nECG 08/14/2023: NSR, no ST changes. Normal ECG.\nMeds: ASA",
        "EKG 2023 - NSR, rate 68, normal EKG.",
    ],
)
def test_a_result_restated_on_its_study_s_line_is_as_old(text: str) -> None:
    days = _ecg_days(text)
    assert days and all(d is not None and d.year == 2023 for d in days), days


@pytest.mark.parametrize(
    "text",
    [
        "ECG 08/14/2023: NSR. ECG today: NSR, normal ECG.",
        "EKG 8/2023 nml; EKG done in office today - NSR, normal EKG.",
        "Prior ECG 2023 normal; ECG now: NSR, normal ECG.",
        "ECG 08/14/2023: NSR.\nECG: normal sinus rhythm, normal ECG.",
        "Normal ECG.",
    ],
)
def test_a_study_told_anew_keeps_the_note_s_day(text: str) -> None:
    days = _ecg_days(text)
    assert any(d is None or d.year == 2026 for d in days), days


def test_a_plan_on_the_line_is_not_dated_by_the_history_before_it() -> None:
    # JV/tka-02: "PSH: L TKA 6/2025. Plan R TKA" plans a new surgery, no restated one.
    text = "PSH: L TKA 6/2025. Plan R TKA; expect outcome similar to L."
    found = find_findings([NoteInput("DocumentReference/d1", text, FAX_DAY)])
    plans = [f for f in found if f.start > text.index("Plan") and f.category == "treatment-plan"]
    assert plans and all(f.when is None for f in plans)
