"""A partial read is named (issue 20a): the report says how many of the notes the check opened
could not be read, and why, before anything else."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.golden import build_bundle
from smartapp.scoring import score_bundle

ORDER = {"code": "72148", "requester_npi": "1234567893", "occurrence": "2026-03-10",
         "reason": ["icd10:M54.16"]}  # fmt: skip


def report(notes: list[dict]) -> dict:
    record = {"service_request": ORDER, "notes": notes}
    return score_bundle(build_bundle(record), service="72148", as_of=date(2026, 3, 1))


def test_the_report_names_how_many_notes_could_not_be_read_and_why():
    scored = report([
        {"date": "2026-02-10", "text": "Low back pain for 8 weeks; home exercise."},
        {"date": "2026-02-20", "unreadable": "image/tiff"},
        {"date": "2026-02-24", "unreadable": "image/tiff"},
        {"date": "2026-02-25", "text": "Seen again; no change."},
    ])  # fmt: skip
    assert scored["warnings"][0] == (
        "2 of 4 notes could not be read: notes of type image/tiff cannot be read (2)"
    )


def test_nothing_is_said_when_every_note_was_read():
    scored = report([{"date": "2026-02-10", "text": "Low back pain for 8 weeks."}])
    assert not any("could not be read" in warning for warning in scored["warnings"])
