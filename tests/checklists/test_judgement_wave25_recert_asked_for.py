"""A recertification the note asks for, written after the word that asks (blind wave 24,
CH/hh-02): the certifying physician's "Order entered per HH agency request for recertification
PT 2w4. Pt doing better per agency." met HHC-006's 60-day plan review "0 days ago", while the
updated plan was still out for signature and the last signed one 94 days old. Wave 19 read
"Recert request" (the word after) as asked for; "request for", "requesting", "order for" name
it before (two words on: what follows them stands). A recertification done beside a request
still is one."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status
from .test_judgement_wave19_recert_request import _care_plan


def _asserted(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "re-evaluation")


@pytest.mark.parametrize(
    "text",
    [
        "Order entered per HH agency request for recertification PT 2w4. Pt doing better.",
        "Agency requesting recert PT 2w4.",
        "Request for recertification of home PT received.",
        "Requesting HH recertification for PT 2w4 per agency.",
    ],
)
def test_a_recertification_asked_for_is_none_yet(text):
    assert not _asserted(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Recertification done 09/10/2026; per pt request visits moved to mornings.",
        "Reviewed and signed recertification POC 7/1.",
        "Re-eval completed today at family request.",
    ],
)
def test_a_recertification_done_is_still_one(text):
    assert _asserted(text), text


def test_the_physician_s_order_entry_note_is_no_plan_review():
    note = _note(
        "md",
        "2026-02-25",
        "Order entered per HH agency request for recertification PT 2w4. Pt doing better per "
        "agency. -CV",
    )
    bundle = record("G0151", _care_plan("2025-10-20", "2025-12-18"), note, reason="S72.002D")
    assert status(bundle, "HHC-006")["status"] == "missing"


def test_what_follows_the_requested_thing_stands():
    found = find_findings([NoteInput("D/1", "Request for MRI for radicular pain, SLR positive.")])
    assert any(f.asserted for f in found if f.category == "exam-findings")
