"""An item that could not be checked because notes could not be read says which notes: the
user must know which document to pull from the EHR (bench/unread.py, invariant b)."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.golden import build_bundle
from smartapp.scoring import score_bundle

ORDER = {"code": "72148", "requester_npi": "1234567893", "occurrence": "2026-03-10",
         "reason": ["icd10:M54.16"]}  # fmt: skip


def test_the_item_names_the_notes_it_could_not_read():
    bundle = build_bundle({"service_request": ORDER, "notes": [
        {"date": "2026-02-10", "text": "Low back pain for 8 weeks; home exercise."},
        {"date": "2026-02-20", "unreadable": "image/tiff"},
        {"date": "2026-02-24", "unreadable": "application/pdf"},
    ]})  # fmt: skip
    refs = [
        f"DocumentReference/{e['resource']['id']}" for e in bundle["entry"]
        if e["resource"]["resourceType"] == "DocumentReference"
    ]  # fmt: skip
    report = score_bundle(bundle, service="72148", as_of=date(2026, 3, 1))
    exam = next(i for i in report["items"] if i["id"] == "LMRI-004")
    assert exam["status"] == "unknown", exam["searched"]
    assert "2 of 3 notes within 30 days before 2026-03-01 could not be read: " in exam["searched"]
    assert refs[1] in exam["searched"] and refs[2] in exam["searched"]
    assert refs[0] not in exam["searched"]  # the note that was read is not blamed


def _aim_001(notes: list[dict]) -> dict:
    order = {"code": "71250", "requester_npi": "1234567893", "occurrence": "2026-03-28",
             "reason": ["icd10:R91.1"]}  # fmt: skip
    bundle = build_bundle({"service_request": order, "notes": notes})
    report = score_bundle(bundle, service="71250", as_of=date(2026, 3, 21))
    return next(i for i in report["items"] if i["id"] == "AIM-001")


def test_an_unread_note_from_before_the_window_is_no_reason_not_to_judge():
    # AIM-001 asks for an exam within 60 days; the only note is 75 days old. Read or not, it
    # cannot hold that exam, so the gap stands (blind wave 45, FO/aim-03: it was "could not
    # check" naming no note).
    item = _aim_001([{"date": "2026-01-05", "unreadable": "application/pdf"}])
    assert item["status"] == "missing", item["searched"]


def test_an_unread_note_inside_the_window_still_holds_the_judgement_and_is_named():
    item = _aim_001([{"date": "2026-03-02", "unreadable": "application/pdf"}])
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/" in item["searched"]
