"""A result dated only by a past year or season, or restated beside a repeat still to come, is no
result of the last 12 months (brief s85-results; blind wave 100, NR/infliximab-02).

"QFT from last year neg - repeat ordered today, pending." in a July 2026 note met INF-003 as if
the QuantiFERON had been drawn at the visit: the only one on file was of 2025-05-01, 14 months
back. "Last year" is read from its first day, a past season from its first day
(notes/past_spans.py), and a "today" or "repeat" in a clause that orders the next test is the
order's, not a new result's (checklists/restated_results.py). "In the last year" still means the
last twelve months, and a dated result still counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring import score_bundle

from .test_judgement import _note, record

AS_OF = date(2026, 7, 7)


def _qft(when: str) -> dict:
    return {
        "resourceType": "Observation",
        "id": "qft",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "71774-4"}],
                 "text": "Mycobacterium tuberculosis stimulated gamma interferon panel"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": when,
        "valueString": "Negative",
    }  # fmt: skip


def _inf003(text: str, *observations: dict) -> str:
    note = _note("n1", "2026-07-01", f"Rheum: RA on MTX, CDAI 28. Plan add infliximab. {text}")
    bundle = record("J1745", note, *observations, reason="M05.79")
    report = score_bundle(bundle, as_of=AS_OF)
    return {i["id"]: i for i in report["items"]}["INF-003"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "QFT from last year neg - repeat ordered today, pending.",
        "QFT last year negative.",
        "Last year's QuantiFERON was negative.",
        "PPD negative spring of last year.",
        "QFT the year before last was negative.",
    ],
)
def test_a_result_of_a_past_year_is_no_result_of_the_window(text: str) -> None:
    assert _inf003(text) == "missing", text
    assert _inf003(text, _qft("2025-05-01")) == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "QFT neg (on file) - repeat ordered today, pending.",
        "QuantiFERON negative; repeat ordered today.",
        "QFT negative, repeat QFT pending.",
    ],
)
def test_a_restated_old_result_beside_a_repeat_to_come_keeps_its_date(text: str) -> None:
    assert _inf003(text, _qft("2025-05-01")) == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "TB screening neg 3/2026.",
        "QFT neg 3/2026, no repeat needed.",
        "QFT neg last fall.",
        "QFT negative in the last year.",
        "QFT from last year neg; repeat QFT 6/20/2026 negative.",
    ],
)
def test_a_result_in_the_window_still_counts(text: str) -> None:
    assert _inf003(text) == "met", text


def test_a_repeat_resulted_today_still_counts_beside_the_old_one() -> None:
    assert _inf003("Repeat QFT today negative.", _qft("2025-05-01")) == "met"
