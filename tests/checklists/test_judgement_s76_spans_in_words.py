"""Time spans said in words, in conservative treatment (brief s76-spans, blind wave 87).

LV/infliximab-02: "MTX 15 mg weekly from late Feb to mid April - nausea & LFTs 2x ULN, stopped."
is about seven weeks of methotrexate: "late Feb" starts the span inside February (not on the
1st), the stated end ("to mid April") ends it, and the order's "with MTX if tolerated" is MTX to
come with the biologic, no day of MTX taken that joins April to the request. INF-002 asks for
twelve weeks of one drug.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_DAY = "2026-05-26"
_ORDER_NOTE = "Remicade 3 mg/kg (68 kg) = 200 mg IV wk 0, 2, 6 then q8 wks, with MTX if tolerated."


def _inf002(text: str, order_note: str = _ORDER_NOTE) -> str:
    """INF-002's status for one rheumatology note of ``_DAY`` and the order's note."""
    request = {"authoredOn": _DAY, "occurrenceDateTime": "2026-06-08",
               "note": [{"text": order_note}]}  # fmt: skip
    bundle = record("J1745", _note("n1", _DAY, text), reason="M05.79", order=request)
    report = score_bundle(bundle, as_of=date(2026, 5, 27))
    return {i["id"]: i for i in report["items"]}["INF-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "RA. MTX 15 mg weekly from late Feb to mid April - nausea & LFTs 2x ULN, stopped.",
        "RA. Methotrexate mid-Feb through mid April, stopped (nausea).",
        "RA. MTX from late Jan to late March, d/c'd for LFTs.",
    ],
)
def test_a_span_begun_in_a_part_of_a_month_and_stopped_is_short(text: str) -> None:
    assert _inf002(text) != "met"


@pytest.mark.parametrize(
    ("text", "order_note"),
    [
        # Long enough by its own words: early January to mid-April is fourteen weeks.
        ("RA. MTX 15 mg weekly from early Jan to mid April, nausea, stopped.", _ORDER_NOTE),
        # Still taken, so it runs to the request.
        ("RA. MTX 15 mg weekly since late Jan, continues, CDAI 30.", _ORDER_NOTE),
        # Still taken and kept with the biologic.
        ("RA. MTX 15 mg weekly since late Jan.", "Remicade 3 mg/kg; continue MTX if tolerated."),
    ],
)
def test_near_misses_stay_met(text: str, order_note: str) -> None:
    assert _inf002(text, order_note) == "met"


def _tha002(text: str, day: str = "2026-02-20") -> dict:
    """THA-002 (three months of care in a year) for one hip note of ``day``."""
    request = {"authoredOn": day, "occurrenceDateTime": "2026-03-09"}
    bundle = record("27130", _note("n1", day, text), reason="M16.12", order=request)
    report = score_bundle(bundle, as_of=date.fromisoformat(day))
    return {i["id"]: i for i in report["items"]}["THA-002"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # A season of a year begins the course there and runs it to the note (brief s76-spans:
        # "since fall 2025" was 1/1-5/23 of 2025; "started summer 2025" only the summer).
        ("L hip OA. Meloxicam since fall 2025, no help. Uses a cane.", "2025-10-01"),
        ("L hip OA. Meloxicam started summer 2025, continues, no help.", "2025-07-01"),
        ("L hip OA. Naproxen since the spring of 2025 - failed.", "2025-04-01"),
    ],
)
def test_a_course_begun_in_a_season_of_a_year_runs_to_the_note(text: str, start: str) -> None:
    item = _tha002(text)
    assert item["status"] == "met", item["searched"]
    assert f"{start} to 2026-02-20" in item["searched"]


@pytest.mark.parametrize(
    "text",
    [
        "L hip OA. Meloxicam since fall 2025, no help.",  # four months, but asked in December
        "L hip OA. PT x 4 wks fall 2025, no help.",  # four weeks placed in the fall
        "L hip OA. Meloxicam from late Oct to early Dec 2025, stopped (GI).",
    ],
)
def test_short_courses_told_by_seasons_and_month_parts_stay_short(text: str) -> None:
    assert _tha002(text, "2025-12-10")["status"] != "met"


@pytest.mark.parametrize(
    "text",
    [
        # A stated end ends the span (brief s76-spans): each ran on to the note before.
        "L hip OA. Meloxicam started 1/5, thru 2/15.",
        "L hip OA. Meloxicam 15 mg daily started early Feb; d/c'd mid April for GI upset.",
        "L hip OA. Naproxen started 1/20; stopped late March (GI upset). No PT.",
    ],
)
def test_a_span_with_a_stated_end_ends_there(text: str) -> None:
    item = _tha002(text, "2026-05-20")
    assert item["status"] != "met", item["searched"]
    assert "to 2026-05-20" not in item["searched"], item["searched"]


@pytest.mark.parametrize(
    "text",
    [
        "L hip OA. Meloxicam from Nov until early March, no help.",  # one day of March before
        "L hip OA. Meloxicam Nov till March, failed.",
        "L hip OA. Meloxicam started 11/5/25, until now.",
        "L hip OA. Naproxen since Dec, stopped in April (GI).",
    ],
)
def test_long_spans_with_their_ends_stay_met(text: str) -> None:
    item = _tha002(text, "2026-05-20")
    assert item["status"] == "met", item["searched"]
