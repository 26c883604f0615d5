"""A home-health face-to-face window counts from the start of care (42 CFR 424.22(a)(1)(v)),
and the start is often stated only in a note. With that note unreadable the window moves to the
order's date of service, so a visit the stated start would take in falls outside it: the gap is
then "could not check", naming the note, never "missing" blamed on a note not seen
(start_window.py; bench/unread.py invariant b). Read, the stated start decides as before."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave29_unread_stop import _item, _unread

_CASES = Path(__file__).resolve().parents[1] / "accuracy" / "cases"

_VISIT = {
    "resourceType": "Encounter",
    "id": "visit",
    "status": "finished",
    "class": {"code": "AMB"},
    "subject": {"reference": "Patient/p"},
    "period": {"start": "2026-01-12", "end": "2026-01-12"},
    "type": [{"text": "Office visit - CHF, deconditioning, needs home PT"}],
    "participant": [{"individual": {"reference": "Practitioner/dr"}}],
}
_ORDER = {"authoredOn": "2026-04-20", "occurrenceDateTime": "2026-05-11"}
_SOC_TEXT = "HOME HEALTH PLAN OF CARE\nSOC: 03/02/2026. Cert 03/02-04/30/2026.\nPT 2w4 gait."


def blind_item_with_note_unread(case: str, doc_id: str, item_id: str) -> dict:
    """Item ``item_id`` of blind case ``case`` scored with note ``doc_id``'s Binary not handed
    over (a 404, as bench/unread.py's binary-404 way makes it)."""
    written = json.loads((_CASES / case).read_text(encoding="utf-8"))
    bundle = copy.deepcopy(written["bundle"])
    for entry in bundle["entry"]:
        resource = entry["resource"]
        if resource.get("resourceType") == "DocumentReference" and resource.get("id") == doc_id:
            resource["content"] = [{"attachment": {"contentType": "text/plain",
                                                   "url": f"Binary/unread-{doc_id}"}}]  # fmt: skip
    as_of = date.fromisoformat(written["as_of"])
    report = score_bundle(bundle, service=written["service"], as_of=as_of)
    return {i["id"]: i for i in report["items"]}[item_id]


def _hhc001(plan: dict) -> dict:
    bundle = record("G0151", plan, _VISIT, reason="I50.32", order=_ORDER)
    return _item(bundle, "HHC-001", date(2026, 4, 28))


def test_the_stated_start_takes_the_visit_in() -> None:
    assert _hhc001(_note("poc", "2026-03-02", _SOC_TEXT))["status"] == "met"


def test_with_the_start_unread_the_gap_is_not_judged_and_names_the_note() -> None:
    item = _hhc001(_unread("poc", "2026-03-02"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/poc" in item["searched"]


@pytest.mark.parametrize(
    ("case", "doc_id"),
    [("DI/homehealth-02.json", "n1"), ("EE/home-health-03.json", "doc3"),
     ("EI/homehealth-02.json", "n1")],
)  # fmt: skip
def test_a_blind_case_whose_start_note_is_not_handed_over_is_not_judged(case, doc_id) -> None:
    # The EHR lists the note but its Binary is not handed over (404): as bench/unread.py found,
    # the order's date of service then moved the window off the visit and HHC-001 read missing.
    item = blind_item_with_note_unread(case, doc_id, "HHC-001")
    assert item["status"] not in ("missing", "partial"), item["searched"]
    if item["status"] == "unknown":
        assert f"DocumentReference/{doc_id}" in item["searched"]
