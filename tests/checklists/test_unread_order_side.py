"""An order that names a joint but no side takes its side from the requester's plan ("Plan R
reverse TSA"). With that plan note unreadable, a film of the *left* shoulder would meet TSA-001
for what is a right shoulder's replacement only because the plan was not seen: the item is then
"could not check", naming the note (unread_order_side.py; bench/unread.py invariant a, blind
wave 55 GY/sh-02). Read, the plan's side decides as before."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record
from .test_judgement_wave29_unread_stop import _item, _unread

_ORDER = {"authoredOn": "2026-02-10", "occurrenceDateTime": "2026-03-02"}
_LEFT_FILM = {
    "resourceType": "DiagnosticReport",
    "id": "xr",
    "status": "final",
    "subject": {"reference": "Patient/p"},
    "code": {"text": "XR shoulder 3 views"},
    "effectiveDateTime": "2026-01-20",
    "conclusion": "LEFT shoulder: superior humeral migration, acromiohumeral interval 5 mm, "
    "cuff tear arthropathy.",
}
_PLAN = "Shoulder pain, cuff tear arthropathy. Failed PT and injections. Plan R reverse TSA."


def _tsa001(plan: dict) -> dict:
    bundle = record("23472", plan, _LEFT_FILM, reason="M12.811", order=_ORDER)
    return _item(bundle, "TSA-001", date(2026, 2, 16))


def test_the_plan_read_gives_the_order_its_side_and_the_left_film_does_not_count() -> None:
    assert _tsa001(_note("plan", "2026-02-10", _PLAN))["status"] != "met"


def test_with_the_plan_unread_the_left_film_is_not_judged_and_the_note_named() -> None:
    item = _tsa001(_unread("plan", "2026-02-10"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/plan" in item["searched"]
