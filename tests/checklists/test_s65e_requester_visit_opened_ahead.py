"""The ordering practitioner's visit that a statement opens as one to come is no face-to-face
visit (OXY-002, BED-002; probe class, session s65-e; the reading: tests/notes/
test_s65e_visit_scheduled_before.py). A telephone note's "Next f/u 12/1 (in person)" or "RTC 4
wks, in-person" read as the in-person visit held, and the device's face-to-face met.
"""

from __future__ import annotations

import pytest

from .test_s62j_visit_said_ahead import _ITEMS, _status

_NOTE = "Pulmonary f/u by phone. Dyspnea on exertion, weak; ordering as below. "


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
@pytest.mark.parametrize("ahead", ["Next f/u 12/1 (in person).", "RTC 4 wks, in-person."])
def test_the_requesters_visit_opened_as_to_come_is_no_face_to_face(
    code: str, item: str, reason: str, ahead: str
) -> None:
    assert _status(code, item, reason, _NOTE + ahead) != "met"


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
def test_the_requesters_visit_held_still_counts(code: str, item: str, reason: str) -> None:
    held = "Pulmonary f/u. Seen in person today. Dyspnea on exertion, weak; RTC 4 wks, in-person."
    assert _status(code, item, reason, held) == "met"
