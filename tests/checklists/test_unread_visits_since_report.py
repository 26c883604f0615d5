"""A therapy progress report is due every ten treatment visits (PT-004), counted from the daily
notes, whose visit numbers can show visits the record left out. With a note after the last
report unreadable, the count is not known: the item is "could not check", naming the note, never
met on the visits that happen to be read (bench/unread.py invariant a, blind wave 56
HB/pt-ot-chiro-03: a daily note "visit #15" unread read as one visit since the report)."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave29_unread_stop import _unread

_REPORT = _note("pr", "2026-03-02", "PT Progress Report 03/02/26 visit #10\nLEFS 38 -> 51. "
                "Goals partly met. Continue 2x/wk.")  # fmt: skip
_DAILY = _note("d1", "2026-03-05", "PT Daily note 03/05/26 visit #11\nTher ex. Tolerated well.")


def _pt004(*notes: dict) -> dict:
    order = {"authoredOn": "2026-03-20", "occurrenceDateTime": "2026-04-01"}
    bundle = record("97110", *notes, reason="M17.11", order=order)
    items = score_bundle(bundle, as_of=date(2026, 3, 20))["items"]
    return {i["id"]: i for i in items}["PT-004"]


def test_visits_read_since_the_report_meet_it() -> None:
    assert _pt004(_REPORT, _DAILY)["status"] == "met"


def test_a_note_after_the_report_unread_leaves_the_count_unknown_and_named() -> None:
    item = _pt004(_REPORT, _DAILY, _unread("d2", "2026-03-16"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/d2" in item["searched"]
