"""A care episode long enough only by carrying a coded course ended years ago on to later care,
with a note written after that course unread, is "could not check" (bench/unread.py invariant a;
P/infl-03: a 2019 methotrexate course joined to this year's order while the note saying it was
stopped for pregnancy planning was unread). Read in full, nothing changes."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record
from .test_judgement_wave29_unread_stop import _MTX, _RA, RXNORM, _item, _unread

_OLD_COURSE = {
    "resourceType": "MedicationStatement",
    "id": "old",
    "status": "stopped",
    "subject": {"reference": "Patient/p"},
    "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": "105586"}],
                                  "text": "Methotrexate 2.5 MG Oral Tablet"},
    "effectivePeriod": {"start": "2022-09-01", "end": "2022-09-25"},
}  # fmt: skip


def _inf002(*notes: dict) -> dict:
    """Eight weeks of the order by the request's day: too few alone, long enough joined."""
    bundle = record("J1745", _MTX, _RA, _OLD_COURSE, *notes, reason="M05.79")
    return _item(bundle, "INF-002", date(2026, 3, 2))


def test_a_course_carried_across_a_pause_with_a_later_note_unread_is_not_judged() -> None:
    item = _inf002(_unread("scan", "2026-01-05"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/scan" in item["searched"]


def test_read_in_full_or_unread_before_the_course_ended_it_stands_as_before() -> None:
    quiet = _note("r1", "2026-01-05", "RA follow-up, joints tender.")
    assert _inf002(quiet)["status"] == "met"
    assert _inf002(quiet, _unread("scan", "2022-06-01"))["status"] == "met"
