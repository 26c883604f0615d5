"""The last care of an episode dated by its month alone ran some day of that month (blind wave
20, BT/spine-03): "Medrol, NSAIDs, PT x 8 wks (Mar-Apr) and R C5-6 ESI 5/2026 - temporary"
beside a Medrol order of 2/20 is care from February into May, over three months; the ESI was
placed on 1 May (70 days). A month written without its day is any day of it (wave 17), and a
range written to a month runs through it (wave 19): the episode may end on the month's last
day, never past the note. A day written is that day, and a month alone is no course by its
days (a session count still reads it as one day)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_NAPROXEN = {
    "resourceType": "MedicationRequest",
    "id": "m1",
    "status": "completed",
    "intent": "order",
    "medicationCodeableConcept": {"text": "naproxen 500 MG Oral Tablet"},
    "subject": {"reference": "Patient/p"},
    "authoredOn": "2025-07-14",
}


def _tsa(history: str, *extra: dict) -> str:
    note = _note("n1", "2026-02-05", f"R shoulder OA, pain since 2024. {history}\nPlan: R TSA.")
    bundle = record(
        "23472", _NAPROXEN, *extra, note, reason="M19.011", order={"authoredOn": "2026-02-05"}
    )
    report = score_bundle(bundle, service="23472", as_of=date(2026, 2, 9))
    return {i["id"]: i for i in report["items"]}["TSA-002"]["status"]


@pytest.mark.parametrize(
    "history",
    [
        "Naproxen, PT x 6 wks (Aug-Sep) and R shoulder CSI 10/2025 - temporary.",
        "Naproxen, PT x 6 wks (Aug-Sep) and R shoulder CSI Oct 2025 - temporary.",
    ],
)
def test_the_last_care_dated_by_its_month_runs_through_it(history: str) -> None:
    assert _tsa(history) == "met"


@pytest.mark.parametrize(
    "history",
    [
        # A day written is that day: 7/14 to 10/2 is 80 days.
        "Naproxen, PT x 6 wks (Aug-Sep) and R shoulder CSI 10/2/2025 - temporary.",
        # The month's first days only: 7/14 to 9/30.
        "Naproxen, PT x 6 wks (Aug-Sep) - temporary.",
    ],
)
def test_a_written_day_or_an_earlier_month_is_not(history: str) -> None:
    assert _tsa(history) != "met"


class _Finding:
    def __init__(self, snippet: str) -> None:
        self.snippet = snippet


@pytest.mark.parametrize(
    ("snippet", "day", "through"),
    [
        ("R C5-6 ESI 5/2026 - temporary.", date(2026, 5, 1), date(2026, 5, 31)),
        ("CSI Sept. 2025", date(2025, 9, 1), date(2025, 9, 30)),
        ("R C5-6 ESI 5/12/2026 - temporary.", date(2026, 5, 12), None),
        # Never past the note: the month the note is written in ends on its day.
        ("ESI 6/2026 - helped", date(2026, 6, 1), date(2026, 6, 10)),
    ],
)
def test_a_month_alone_may_end_on_its_last_day(snippet: str, day: date, through: date) -> None:
    from smartapp.checklists.care_dates import month_end

    assert month_end(_Finding(snippet), None, date(2026, 6, 10), day) == through
