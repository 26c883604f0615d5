"""The DME face-to-face encounter of an oxygen system or a hospital bed may be a video visit.

42 CFR 410.38(d), as amended by CMS-1713-F, lets the face-to-face encounter for an item on CMS's
Required F2F/WOPD list be held by telehealth meeting 42 CFR 410.78 and 414.65: interactive audio
and video. An Encounter of a synchronous video visit with the ordering practitioner in the six
months before the order now meets OXY-002 and BED-002 (``or_video``); a telephone or audio-only
call, an e-visit, or a visit with someone else still does not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import record

_ORDER = {"authoredOn": "2026-06-10", "occurrenceDateTime": "2026-06-20"}


def _contact(kind: str, who: str = "dr") -> dict:
    return {
        "resourceType": "Encounter",
        "id": "c1",
        "status": "finished",
        "class": {"code": "VR"},
        "type": [{"text": kind}],
        "subject": {"reference": "Patient/p"},
        "period": {"start": "2026-05-02", "end": "2026-05-02"},
        "participant": [{"individual": {"reference": f"Practitioner/{who}"}}],
    }


def _status(code: str, item: str, reason: str, contact: dict) -> str:
    bundle = record(code, contact, reason=reason, order_type="DeviceRequest", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 6, 11))
    return {i["id"]: i for i in report["items"]}[item]["status"]


_ITEMS = [("E1390", "OXY-002", "J44.1"), ("E0260", "BED-002", "G35")]


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
@pytest.mark.parametrize("kind", ["Pulmonary video visit", "Follow-up (audio/video telehealth)"])
def test_a_video_visit_with_the_orderer_is_the_encounter(
    code: str, item: str, reason: str, kind: str
) -> None:
    assert _status(code, item, reason, _contact(kind)) == "met"


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
@pytest.mark.parametrize("kind", ["Telephone visit", "Video visit - audio only", "E-visit"])
def test_a_call_or_an_e_visit_is_not(code: str, item: str, reason: str, kind: str) -> None:
    assert _status(code, item, reason, _contact(kind)) != "met"


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
def test_a_video_visit_with_someone_else_is_not(code: str, item: str, reason: str) -> None:
    assert _status(code, item, reason, _contact("Video visit", who="rn")) != "met"
