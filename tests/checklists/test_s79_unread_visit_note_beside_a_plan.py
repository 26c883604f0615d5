"""Honesty when a visit's note cannot be read (bench/unread.py, invariant a), with a care plan
dated the same day. A home health face-to-face visit whose note states another problem ("Video
visit for new itchy rash ...") is no face-to-face (visit_stated.py); with that note unread, the
visit must be "could not check", naming the note. A plan of care created that day says nothing
of what the visit was about, so it must not make the day count as read (blind wave 93,
MT/home-health-03: the one violation of stop 59's whole-corpus audit)."""

from __future__ import annotations

import base64
import copy
import json
from datetime import date
from pathlib import Path

from smartapp.scoring.report import score_bundle

CASE = Path(__file__).resolve().parents[1] / "accuracy" / "cases" / "MT" / "home-health-03.json"


def _hhc001(bundle: dict, as_of: str, service: dict) -> dict:
    report = score_bundle(bundle, service=service, as_of=date.fromisoformat(as_of))
    return next(item for item in report["items"] if item["id"] == "HHC-001")


def _unreadable(bundle: dict, doc_id: str) -> dict:
    """``bundle`` with ``doc_id``'s only rendition a scanned image."""
    out = copy.deepcopy(bundle)
    tiff = base64.b64encode(b"II*\x00\x08\x00\x00\x00" + bytes(range(64))).decode()
    for entry in out["entry"]:
        resource = entry["resource"]
        if resource["resourceType"] == "DocumentReference" and resource["id"] == doc_id:
            resource["content"] = [{"attachment": {"contentType": "image/tiff", "data": tiff}}]
    return out


def test_the_visit_for_another_problem_is_no_face_to_face() -> None:
    case = json.loads(CASE.read_text(encoding="utf-8"))
    assert _hhc001(case["bundle"], case["as_of"], case["service"])["status"] == "missing"


def test_its_note_unread_the_visit_is_not_judged_though_a_plan_is_dated_that_day() -> None:
    case = json.loads(CASE.read_text(encoding="utf-8"))
    plans = [e["resource"] for e in case["bundle"]["entry"]
             if e["resource"]["resourceType"] == "CarePlan"]  # fmt: skip
    assert plans, "the case keeps its plan of care (the near miss this test is about)"
    item = _hhc001(_unreadable(case["bundle"], "doc8"), case["as_of"], case["service"])
    assert item["status"] == "unknown"
    assert "DocumentReference/doc8" in item["searched"]
