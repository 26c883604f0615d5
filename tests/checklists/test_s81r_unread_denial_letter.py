"""A met resting on a letter's claim, with a first-hand note unread, is "could not check" naming
the note (bench/unread.py, invariant a; blind wave 94, MX/inf-03 with the pharmacist's 9/02
"methotrexate Rx from 7/15 never picked up" unread: the 7/15 "Rx MTX sent." and the 11/24
letter's "has failed methotrexate" met INF-001 and INF-006).

A letter of medical necessity is no newer word than a first-hand denial (letter_claims.py), so its
claim neither stands against an unread note nor makes the older prescribing note newer than it.
Near misses: every note read (the letter stands, or the denial drops it), and a course a note
dates, an account no newer word undoes."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_RHEUM = "Rheum: seroneg RA. Offered MTX trial; pt hesitant. Pred 10 mg burst. Rx MTX sent."
_LETTER = (
    "LETTER OF MEDICAL NECESSITY: Ms. Oakes has failed methotrexate and steroids and requires "
    "infliximab. T-SPOT neg 10/20/26."
)


def _unread(ident: str, when: str) -> dict:
    note = _note(ident, when, "")
    note["content"] = [{"attachment": {"contentType": "text/plain", "url": f"Binary/x-{ident}"}}]
    return note


def _items(first: str, second: dict) -> dict[str, dict]:
    notes = [_note("n1", "2026-07-15", first), second, _note("n3", "2026-11-24", _LETTER)]
    request = {"authoredOn": "2026-11-24", "occurrenceDateTime": "2026-12-07"}
    bundle = record("J1745", *notes, reason="M06.09", order=request)
    report = score_bundle(bundle, as_of=date(2026, 11, 30))
    return {i["id"]: i for i in report["items"] if i["id"] in ("INF-001", "INF-006")}


def test_a_letters_claim_with_a_first_hand_note_unread_is_not_judged() -> None:
    items = _items(_RHEUM, _unread("n2", "2026-09-02"))
    for ident in ("INF-001", "INF-006"):
        assert items[ident]["status"] == "unknown", ident
        assert "DocumentReference/n2" in items[ident]["searched"], ident


def test_with_every_note_read_the_letter_is_judged() -> None:
    denial = "Pharmacist med review: methotrexate Rx from 7/15 never picked up."
    assert _items(_RHEUM, _note("n2", "2026-09-02", denial))["INF-001"]["status"] != "met"
    plain = _note("n2", "2026-09-02", "Doing OK. Joint pain unchanged.")
    assert _items(_RHEUM, plain)["INF-006"]["status"] == "met"


def test_a_course_a_note_dates_stands_with_a_note_unread() -> None:
    course = "Rheum: RA. Methotrexate 15 mg weekly 1/2025-6/2025, stopped for transaminitis."
    assert _items(course, _unread("n2", "2026-09-02"))["INF-006"]["status"] == "met"
