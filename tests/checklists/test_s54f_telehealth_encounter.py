"""A DME face-to-face held by telehealth: an Encounter named "Telehealth visit" or
"Telemedicine follow-up" is the interactive audio-video visit 42 CFR 410.78(a)(3) calls
telehealth, unless its own words make it a call; and a virtual Encounter the EHR names only by
its slot ("Virtual visit", "Office Visit" of class VR) was a video visit when its own note, that
day, by the practitioner who held it, says so ("PM&R video visit: ..."; blind wave 60, HT/bed-03).
A telephone or audio-only telehealth call, a note of another day or by someone else, or a note
that names no video visit still does not make it one.
"""

from __future__ import annotations

import base64
from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import record

_ORDER = {"authoredOn": "2026-06-10", "occurrenceDateTime": "2026-06-20"}
_ITEMS = [("E1390", "OXY-002", "J44.1"), ("E0255", "BED-002", "G35")]


def _contact(kind: str) -> dict:
    return {
        "resourceType": "Encounter", "id": "c1", "status": "finished", "class": {"code": "VR"},
        "type": [{"text": kind}], "subject": {"reference": "Patient/p"},
        "period": {"start": "2026-05-02", "end": "2026-05-02"},
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
    }  # fmt: skip


def _note(text: str, day: str = "2026-05-02", author: str = "dr") -> dict:
    return {
        "resourceType": "DocumentReference", "id": "n1", "status": "current",
        "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3"}]},
        "subject": {"reference": "Patient/p"}, "date": day,
        "author": [{"reference": f"Practitioner/{author}"}],
        "content": [{"attachment": {"contentType": "text/plain",
                                    "data": base64.b64encode(text.encode()).decode()}}],
    }  # fmt: skip


def _status(code: str, item: str, reason: str, *resources: dict) -> str:
    bundle = record(code, *resources, reason=reason, order_type="DeviceRequest", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 6, 11))
    return {i["id"]: i for i in report["items"]}[item]["status"]


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
@pytest.mark.parametrize("kind", ["Telehealth visit - neurology", "Telemedicine follow-up"])
def test_a_telehealth_visit_is_a_video_visit(code: str, item: str, reason: str, kind: str):
    assert _status(code, item, reason, _contact(kind)) == "met"


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
@pytest.mark.parametrize("kind", ["Telehealth - audio only", "Telephone telehealth visit"])
def test_a_telehealth_call_is_not(code: str, item: str, reason: str, kind: str):
    assert _status(code, item, reason, _contact(kind)) != "met"


_VIDEO_NOTES = [
    "Neuro video visit: MS, EDSS 7.5. Cannot turn self in bed; needs HOB 30 deg.",
    "Seen via secure video today. Progressive MS, bedbound most of the day.",
    "VIRTUAL CLINIC NOTE - audio/video visit. Needs repositioning q2h.",
]


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
@pytest.mark.parametrize("text", _VIDEO_NOTES)
def test_a_virtual_visit_its_own_note_calls_video_is_one(code, item, reason, text):
    assert _status(code, item, reason, _contact("Virtual visit"), _note(text)) == "met"


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
@pytest.mark.parametrize(
    ("kind", "note"),
    [
        ("Virtual visit", _note("Neuro follow-up: MS stable. Reviewed home video of gait.")),
        ("Virtual visit", _note("Neuro video visit: MS, bedbound.", day="2026-05-03")),
        ("Virtual visit", _note("Neuro video visit: MS, bedbound.", author="rn")),
        ("Telephone visit", _note("Planned video visit; video failed, completed by phone.")),
    ],
)
def test_no_video_visit_told_by_its_own_note_is_none(code, item, reason, kind, note):
    assert _status(code, item, reason, _contact(kind), note) != "met"
