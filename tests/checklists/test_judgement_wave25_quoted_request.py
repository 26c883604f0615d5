"""The reason a patient or family gives, in their own words, for asking for the item is their
wish, not a limit the clinician found (blind wave 25, CM/bed-03): 'Asks for hospital bed - "it's
hard to get in and out of my bed, it's too low."' met BED-001 as a transfer limitation while the
physician's own note found no orthopnea, no positioning need and planned bed risers. LCD L33820
asks for positioning an ordinary bed cannot give, head elevation a condition needs or traction;
a bed's height for transfers only adds to one of them (variable height). Reviewers in earlier
waves held the same for a request with the patient's reason ('"so it's easier to get up"', N/
bed-05; 'for ease getting in/out of bed', BG/bed-04). A limit the clinician states, the
patient's words told without a request, and other limits told in asking (a walker's) still
count."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _bed(text: str) -> str:
    bundle = record("E0260", _note("n1", "2026-02-20", text), reason="M17.0")
    return status(bundle, "BED-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Asks for hospital bed - \"it's hard to get in and out of my bed, it's too low.\"",
        "Pt requests a hospital bed: \u201cmy mattress is too low, I need help getting out of "
        "bed.\u201d",
        'Daughter wants a hospital bed "so mom can turn in bed and needs help getting out of bed".',
    ],
)
def test_a_quoted_reason_for_a_request_is_no_limit(text: str) -> None:
    assert _bed(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        # The clinician's own finding, beside the request or in the same sentence. A limit the
        # bed answers: turning or repositioning, not transfers alone (blind wave 42, FA/bed-03).
        "Asks for hospital bed. Bed too low (18 in) for safe sit-to-stand; mod assist to "
        "reposition in bed.",
        "Requests hospital bed; dependent for turning, wife repositions him q2h.",
        # The patient's words without a request: what she reports, as history.
        'Pt states "I am unable to turn in bed without help every night"; mod assist transfers.',
    ],
)
def test_a_limit_found_or_told_still_counts(text: str) -> None:
    assert _bed(text) == "met", text


def test_other_limits_told_in_asking_stay_history() -> None:
    # Only a bed's own needs (transfers, positioning) are read as the wish: a walker's user
    # telling why she asks still tells how she walks.
    text = 'Pt asks for a walker - "my knee gives out, unable to walk more than 1 block."'
    found = find_findings([NoteInput("D/1", text)])
    assert any(f.concept == "walking-limitation" and f.asserted for f in found)
