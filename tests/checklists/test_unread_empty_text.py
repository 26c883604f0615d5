"""A note whose only rendition decodes to no text at all (whitespace, an RTF of formatting
only, an HTML shell) was not read: its words, if any, are somewhere the EHR did not send. The
items it could hold are "could not be checked", naming the note -- never "missing" on the
strength of a note the app saw nothing of (bench/unread.py, invariant b)."""

from __future__ import annotations

import base64
from datetime import date

import pytest

from smartapp.checklists.golden import build_bundle
from smartapp.scoring import score_bundle

ORDER = {"code": "72148", "requester_npi": "1234567893", "occurrence": "2026-03-10",
         "reason": ["icd10:M54.16"]}  # fmt: skip
EMPTY = [
    ("text/plain", b" \r\n \r\n"),
    ("text/rtf", rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0\fs20\par}"),
    ("text/html", b"<html><head><style>p{}</style></head><body><div> </div></body></html>"),
]


def scored(content_type: str, data: bytes) -> tuple[dict, str]:
    note_spec = {"date": "2026-02-20", "text": "x"}
    bundle = build_bundle({"service_request": ORDER, "notes": [note_spec]})
    note = next(
        e["resource"] for e in bundle["entry"]
        if e["resource"]["resourceType"] == "DocumentReference"
    )  # fmt: skip
    attachment = {"contentType": content_type, "data": base64.b64encode(data).decode("ascii")}
    note["content"] = [{"attachment": attachment}]
    report = score_bundle(bundle, service="72148", as_of=date(2026, 3, 1))
    return report, f"DocumentReference/{note['id']}"


@pytest.mark.parametrize(("content_type", "data"), EMPTY)
def test_a_note_that_decodes_to_nothing_is_unread_not_a_note_without_the_evidence(
    content_type, data
):
    report, ref = scored(content_type, data)
    items = {i["id"]: i for i in report["items"]}
    # The clinical note item: a note exists, but nothing of it was read.
    assert items["CSU-006"]["status"] == "unknown", items["CSU-006"]["searched"]
    assert ref in items["CSU-006"]["searched"]
    assert not any(i["status"] in ("missing", "partial") and ref in i["searched"]
                   for i in report["items"])  # fmt: skip
    assert report["state"] != "ready"
    assert any(ref in w and "text is empty" in w for w in report["warnings"])
