"""A scanned document pointer with a title and no readable content never meets an item that
needs the document's content (brief s76-misc, blind wave 88, LX/hip-02: "Outside records -
Urgent Ortho Walk-in 04/2026", a PDF pointer with no attachment data). Its title, however much
care or counseling it names, is no evidence: the item the readable notes leave short is "could
not check" (unknown), naming the pointer, as the unread rule asks (unread.py, bench/unread.py),
never met by the title and never missing while the document might hold it.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from smartapp.scoring.report import score_bundle

_CASES = Path(__file__).resolve().parents[1] / "accuracy" / "cases"


def _item_with_title(case: str, doc_id: str, title: str, item_id: str) -> dict:
    """Item ``item_id`` of blind case ``case`` with document ``doc_id`` made a title-only PDF
    pointer titled ``title`` (its type, description and attachment title)."""
    written = json.loads((_CASES / case).read_text(encoding="utf-8"))
    bundle = copy.deepcopy(written["bundle"])
    for entry in bundle["entry"]:
        resource = entry["resource"]
        if resource.get("resourceType") == "DocumentReference" and resource.get("id") == doc_id:
            resource["type"] = {"text": title}
            resource["description"] = title
            resource["content"] = [{"attachment": {"contentType": "application/pdf",
                                                   "title": title}}]  # fmt: skip
    report = score_bundle(bundle, service=written["service"], as_of=date.fromisoformat(
        written["as_of"]))  # fmt: skip
    return {i["id"]: i for i in report["items"]}[item_id]


@pytest.mark.parametrize(
    "title",
    [
        "Outside records - Urgent Ortho Walk-in 04/2026",
        "Physical therapy discharge summary - 12 visits 01/2026-04/2026",
        "Outside records: PT x 12 wks, NSAIDs since 12/2025, steroid injection 2/2026",
    ],
)
def test_a_title_naming_care_does_not_meet_the_months_of_care(title: str) -> None:
    item = _item_with_title("LX/hip-02.json", "scan1", title, "THA-002")
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/scan1" in item["searched"]
    assert all("scan1" not in str(e) for e in item.get("evidence", []))


@pytest.mark.parametrize(
    "title", ["Genetic counseling note - pre-test", "Cancer genetics visit (GC + MD)"]
)
def test_a_title_naming_counseling_does_not_meet_gen002(title: str) -> None:
    item = _item_with_title("LV/genetic-03.json", "gc", title, "GEN-002")
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/gc" in item["searched"]


def test_read_the_counselors_note_meets_gen002() -> None:
    written = json.loads((_CASES / "LV/genetic-03.json").read_text(encoding="utf-8"))
    report = score_bundle(written["bundle"], service=written["service"],
                          as_of=date.fromisoformat(written["as_of"]))  # fmt: skip
    item = {i["id"]: i for i in report["items"]}["GEN-002"]
    assert item["status"] == "met", item["searched"]
