"""A video visit a note dates after its own day is an appointment, not the face-to-face encounter.

Blind wave 31, DI/homehealth-03: the agency RN's intake note of 10/29 says the certifying
physician's "next available in-person/video visit is 01/12/2027"; the last real visit was in July,
118 days before the start of care. A face-to-face visit dated after its note was already read as
one to come (wave 25, CM/sleep-03); a telehealth visit named by how it is held (clinical-notes
``telehealth-visit``, which HHC-001 and CGM-001 read) now is too. A video visit the note dates on
or before its own day is still the visit done.
"""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _video_visits(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text, date=dt.date(2026, 10, 29))])
    return [f.text for f in found if f.concept == "telehealth-visit" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Per the clinic, Dr. Haldane's first open video visit is 01/12/2027.",
        "Telehealth visit 11/20/2026 with Dr. Haldane for the wound.",
    ],
)
def test_a_video_visit_dated_after_the_note_is_still_to_come(text):
    assert _video_visits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Video visit 10/27/2026 with Dr. Haldane: sacral wound reviewed.",
        "Seen by telehealth today for the sacral wound.",
    ],
)
def test_a_video_visit_dated_on_or_before_the_note_is_a_visit(text):
    assert _video_visits(text)


def test_home_health_with_only_an_appointment_ahead_has_no_face_to_face():
    intake = _note("intake", "2026-10-29", "HOME HEALTH INTAKE 10/29/26: stage 3 sacral ulcer. "
                   "Per the clinic, Dr. Haldane's first open in-person/video visit is "
                   "01/12/2027. Skilled need: wound care and measurement.")  # fmt: skip
    order = {"authoredOn": "2026-11-02", "occurrenceDateTime": "2026-11-09"}
    bundle = record("G0299", intake, reason="L89.153", order=order)
    report = score_bundle(bundle, as_of=date(2026, 11, 4))
    assert {i["id"]: i for i in report["items"]}["HHC-001"]["status"] == "missing"
