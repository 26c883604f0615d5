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
