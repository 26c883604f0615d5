"""Blind wave 25: an in-person visit only booked is no visit (CM/sleep-03, SLEEP-004).

The ordering sleep physician's telephone note ends "Ordering 95810 now to avoid delay; new pt
clinic visit booked 3/30/26." and "clinic visit" was read as the in-person evaluation done. A
visit "booked" (as "scheduled" already was) is still to come, and so is a visit the note dates
after its own day ("in-person visit 3/30/26" written on 2/24): dates after the note were dropped
from the finding, which then took the note's own date.
"""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_NOTE_DAY = dt.date(2026, 2, 24)


def _visits(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text, date=_NOTE_DAY)])
    return [f.text for f in found if f.category == "face-to-face" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Ordering 95810 now to avoid delay; new pt clinic visit booked 3/30/26.",
        "New patient clinic visit booked for 3/30.",
        "Office visit booked.",
        "In-person visit is booked with Dr. Adeyemi.",
        "Booked an in-person visit for next month.",
        "Rebooked office visit to 4/2/26 (pt had no ride).",
        "In-person visit 3/30/26 with sleep medicine.",
        "Next clinic visit 03/30/2026.",
        "Pt to come in; office visit on 4/2/26 at 9:00.",
        "Upcoming office visit with Dr. Adeyemi.",
        "Face-to-face visit to be arranged.",
    ],
)
def test_a_visit_booked_or_dated_after_the_note_is_still_to_come(text: str) -> None:
    assert not _visits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Seen in clinic today; return clinic visit booked for 4/2.",
        "Office visit 2/24/26: snoring, ESS 11.",
        "In-person visit 2/10/26 with cardiology, then follow-up 3/30.",
        "Seen in person on 2/20/26, booked the PSG for 3/12.",
        "Clinic visit today. Follow-up booked 3/30.",
        "Seen in the office 1/15/26, f/u in 3 mo.",
        "Office visit 2/10/26; upcoming office visit 3/30/26.",
    ],
)
def test_a_visit_done_still_counts(text: str) -> None:
    assert _visits(text), text


def test_a_visit_dated_after_an_undated_note_is_not_judged_by_date() -> None:
    found = find_findings([NoteInput("D/1", "In-person visit 3/30/26 with sleep medicine.")])
    assert [f for f in found if f.category == "face-to-face" and f.asserted]


def _sleep_face_to_face(text: str) -> str:
    note = {**_note("n1", "2026-02-24", text), "author": [{"reference": "Practitioner/dr"}]}
    order = {"authoredOn": "2026-02-24", "occurrenceDateTime": "2026-03-12"}
    bundle = record("95810", note, reason="G47.33", order=order)
    report = score_bundle(bundle, as_of=date(2026, 2, 26))
    return {i["id"]: i for i in report["items"]}["SLEEP-004"]["status"]


def test_the_ordering_physicians_booked_visit_is_no_face_to_face() -> None:
    call = (
        "Sleep Medicine - TELEPHONE NOTE. Spoke w/ pt by phone. Snoring, witnessed apneas. "
        "Ordering 95810 now to avoid delay; new pt clinic visit booked 3/30/26."
    )
    assert _sleep_face_to_face(call) != "met"
    seen = "Sleep Medicine new patient. Seen in clinic today. Snoring, witnessed apneas."
    assert _sleep_face_to_face(seen) == "met"
