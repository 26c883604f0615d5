"""Care a note says is *still* on ("Still on naproxen + HEP") runs back to the earlier note that
had it going (still_on.py). With that earlier note unreadable, the read notes hold one day of
care: the episode is then "could not check", naming the note, never a short course blamed on a
note not seen (bench/unread.py invariant b; GU/hyaluronan-02's 2025 note unread)."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record
from .test_judgement_wave29_unread_stop import _item, _unread

_ORDER = {"authoredOn": "2026-08-11", "occurrenceDateTime": "2026-08-25"}
_NOW = "R knee OA, worse. Still on naproxen + HEP. Plan: Gel-One R knee."
_BEFORE = "R knee OA. Started naproxen 500 BID and a home exercise program."


def _hya002(earlier: dict) -> dict:
    bundle = record("J7326", earlier, _note("now", "2026-08-11", _NOW), reason="M17.11",
                    order=_ORDER)  # fmt: skip
    return _item(bundle, "HYA-002", date(2026, 8, 11))


def test_still_on_runs_back_to_the_earlier_note_read() -> None:
    assert _hya002(_note("before", "2025-06-02", _BEFORE))["status"] == "met"


def test_with_the_earlier_note_unread_the_course_is_not_judged_and_names_it() -> None:
    item = _hya002(_unread("before", "2025-06-02"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/before" in item["searched"]
