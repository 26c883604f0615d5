"""A call's note that goes on to the in-person visit it booked, found by blind wave 96
(NG/lmri-03): "Phone note (RN): pt called re ED visit ... Booked same-day. --- Clinic visit 6/2:
... Exam: decreased pinprick perianal, L plantarflexion 4/5, ankle jerk absent L." The note was
read as a remote contact from its opening, and the visit's exam set aside as the caller's. From
a later line's in-person visit heading of the note's day on, the note is the visit's. Not a
heading that books the visit, not an older visit's heading (its exam copied into the call), and
not in a note titled by its medium."""

from __future__ import annotations

import datetime as dt

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.visit_entry import in_person_from

_CALL = "Phone note (RN): pt called re ED visit, hard to start stream. Booked same-day.\n---\n"
_EXAM = "Exam: decreased pinprick perianal, L plantarflexion 4/5, ankle jerk absent L."
_DAY = dt.date(2026, 6, 2)


def _exam(text: str, title: str = "Progress note") -> list[str]:
    notes = [NoteInput("DocumentReference/a1", text, _DAY, title)]
    return [
        f.text for f in find_findings(notes)
        if f.category == "exam-findings" and f.asserted and not f.hypothetical
    ]  # fmt: skip


def test_the_visit_written_below_the_call_examined_the_patient() -> None:
    assert "4/5" in _exam(_CALL + "Clinic visit 6/2: LBP x ~12 days. " + _EXAM)
    assert "4/5" in _exam(_CALL + "Office visit: LBP. " + _EXAM)


def test_the_call_alone_still_examined_no_one() -> None:
    assert _exam(_CALL + _EXAM) == []


def test_a_visit_booked_or_an_older_one_copied_is_no_visit_of_this_note() -> None:
    assert _exam(_CALL + "Clinic visit scheduled 6/10: " + _EXAM) == []
    assert _exam(_CALL + "Office visit 5/1: " + _EXAM) == []


def test_a_note_titled_by_its_medium_stays_remote() -> None:
    assert in_person_from("Telephone encounter", _CALL + "Clinic visit 6/2: " + _EXAM, _DAY) is None


def test_a_heading_opening_the_note_is_none() -> None:
    assert in_person_from("Progress note", "Clinic visit 6/2: " + _EXAM, _DAY) is None


def test_a_video_visits_attestation_is_no_visit_below_it() -> None:
    video = "Video Visit - pt called in from home.\nFace-to-face encounter performed: homebound."
    assert in_person_from("Progress note", video, _DAY) is None
