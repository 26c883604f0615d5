"""A note by the ordering practitioner that says the visit was in person is the DME face-to-face.

Blind wave 34, DX/bed-02: a hospital bed's only visit was a note by the ordering practitioner
headed "Neuromuscular clinic (in person)", with no Encounter charted and no exam section; BED-002
found no face-to-face, though the note itself states the in-person visit. SLEEP-004 and CGM-002
already accept such a note; the hospital bed (BED-002), home oxygen (OXY-002) and walker
(WLK-001) items, which ask for the same in-person visit with the ordering practitioner in the
six months before the order (CMS Required F2F/WOPD list), now do too. A remote note's own
"face to face" still does not count (in_person: true), nor does a note by someone else.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-08-03", "occurrenceDateTime": "2026-08-21"}

_ITEMS = [
    ("E0260", "BED-002", "G12.21"),
    ("E1390", "OXY-002", "J44.9"),
    ("E0143", "WLK-001", "G20.A1"),
]


def _status(code: str, item: str, reason: str, text: str, author: str = "dr") -> str:
    note = {**_note("n1", "2026-07-28", text), "author": [{"reference": f"Practitioner/{author}"}]}
    bundle = record(code, note, order=_ORDER, reason=reason, order_type="DeviceRequest")
    report = score_bundle(bundle, as_of=date(2026, 8, 4))
    return {i["id"]: i for i in report["items"]}[item]["status"]


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
def test_an_in_person_clinic_note_by_the_requester_is_the_face_to_face(
    code: str, item: str, reason: str
) -> None:
    text = "Movement disorders clinic (in person). Weak, needs positioning; plan as ordered."
    assert _status(code, item, reason, text) == "met"


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
def test_a_remote_note_s_face_to_face_still_does_not_count(
    code: str, item: str, reason: str
) -> None:
    text = "VIDEO VISIT 07/28/2026. Face to face today re weakness; plan as ordered."
    assert _status(code, item, reason, text) == "missing"


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
def test_another_author_s_in_person_note_does_not_count(code: str, item: str, reason: str) -> None:
    text = "Movement disorders clinic (in person). Weak, needs positioning; plan as ordered."
    assert _status(code, item, reason, text, author="other") == "missing"
