"""A course written as scheduled and then attended is care had (brief s72-w5, item 1, blind wave
83, LE/occupational-work-rehab-01): "Tx: PT 14 visits scheduled 10/28-12/19, attended 12 (2
no-shows over holidays), discharged plateaued" read as PT to come (ConText's "scheduled") and
never had (its "no-shows"), so the completed acute therapy work hardening follows was "none
found". Visits scheduled and then kept, in any count above none, are visits had; the no-shows
beside them are the visits missed, not all of them. Care only scheduled, scheduled and never
attended, no-showed, or still to be completed stays not had."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.scheduled_kept import scheduled_then_kept

_THERAPY = {"physical-therapy", "occupational-therapy"}


def _therapy(text: str) -> list[tuple[bool, bool]]:
    """(negated, hypothetical) of each therapy finding of ``text``, written 2026-01-21."""
    notes = [NoteInput("DocumentReference/a1", text, dt.date(2026, 1, 21))]
    return [(f.negated, f.hypothetical) for f in find_findings(notes) if f.concept in _THERAPY]


@pytest.mark.parametrize(
    "text",
    [
        "Tx: PT 14 visits scheduled 10/28-12/19, attended 12 (2 no-shows over holidays), "
        "discharged plateaued; meloxicam; HEP.",
        "Physical therapy: scheduled 12, attended 10.",
        "PT - 8 of 12 scheduled visits attended, no improvement.",
        "PT 6 wks as scheduled, completed 12/1.",
        "PT scheduled 2x/wk x 6 wks - attended all, plateaued.",
        "S: Pt says PT was scheduled twice weekly Oct-Dec and she attended every session.",
        "OT scheduled x10 visits; completed 9 (1 no-show).",
        "PT sched 10/1-11/15, pt atended 11 of 12 visits, no change in lifting.",
        "PT scheduled 10/6-11/14: 10 attended, 2 no-shows, d/c to HEP.",
        "Physical therapy scheduled 2x/wk 11/3-12/12 - completed all sessions, minimal gains",
        "PT scheduled 11/3, then attended 10 visits through 12/15.",
    ],
)
def test_a_scheduled_course_attended_is_care_had(text: str) -> None:
    found = _therapy(text)
    assert found and not any(neg or hyp for neg, hyp in found), found


@pytest.mark.parametrize(
    "text",
    [
        "PT scheduled to start 2/1.",
        "14 visits of PT scheduled, none attended.",
        "PT scheduled, pt no-showed x2, d/c'd.",
        "PT scheduled 2x/wk x 6 wks, to be completed by 3/15.",
        "PT scheduled 12 visits, attended 0.",
        "PT scheduled; will attend after the holidays.",
        "PT scheduled 2/3, MRI completed 1/10.",
        "PT scheduled 2x/wk; if attended and no better, surgery.",
        "PT scheduled 12/1-1/10, not attended.",
    ],
)
def test_care_only_scheduled_or_missed_is_not_had(text: str) -> None:
    found = _therapy(text)
    assert found and all(neg or hyp for neg, hyp in found), found


def test_care_scheduled_beside_other_care_kept_stays_to_come() -> None:
    notes = [NoteInput("DocumentReference/a1", "ESI scheduled 2/10 after pt completed 6 wks of "
                       "PT.", dt.date(2026, 1, 21))]
    esi = [f for f in find_findings(notes) if f.concept == "epidural-injection"]
    assert esi and all(f.hypothetical for f in esi), esi


@pytest.mark.parametrize(
    "text",
    [
        "ESI scheduled 2/10 after pt completed 6 wks of PT",
        "scheduled for surgery once PT completed 12 visits",
        "scheduled for 3/1 until she attended all",
        "scheduled 2/1 but attended 0",
    ],
)
def test_kept_words_of_another_clause_are_not_the_booked_cares(text: str) -> None:
    assert not scheduled_then_kept(text)
