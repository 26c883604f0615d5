"""A speech-language evaluation titled by its therapy, and a young child's listening limits in
daily terms (blind wave 24, CG/slp-03). The CCC-SLP's "AUDITORY-VERBAL THERAPY EVALUATION" of
a preschooler with cochlear implants was no evaluation to SLP-001 (the target knew "speech
evaluation" but not "speech therapy evaluation", nor auditory-verbal therapy, AVT), and the
father's "she does not respond to name in another room, can't follow 1-step directions without
visual cues" was no communication limit to SLP-003 (no pattern for a name not answered, and a
step count between "follow" and "directions"). A scheduled evaluation, a name answered, and a
goal to follow directions are none."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _asserted(text: str, concept: str) -> list:
    found = find_findings([NoteInput("D/1", text)])
    return [f for f in found if f.concept == concept and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "AUDITORY-VERBAL THERAPY EVALUATION  01/12/2026\nAva 3;11, bilat CI.",
        "Speech therapy evaluation completed today.",
        "Speech-language pathology eval: receptive language below age level.",
        "AVT initial assessment done; Ling 6 sounds detected at 3 ft.",
    ],
)
def test_an_evaluation_titled_by_its_therapy(text):
    assert _asserted(text, "slp-evaluation")


@pytest.mark.parametrize(
    "text",
    [
        "Speech therapy eval scheduled for 3/1.",
        "Speech therapy session: worked on /s/ blends.",
        "AVT session 2/16: identified 8/10 objects by sound.",
    ],
)
def test_a_scheduled_evaluation_or_a_session_is_none(text):
    assert not _asserted(text, "slp-evaluation")


@pytest.mark.parametrize(
    "text",
    [
        "Father reports she does not respond to name in another room.",
        "Mom says he doesn't consistently respond to his name.",
        "No response to name when called from behind.",
        "Can't follow 1-step directions without visual cues.",
        "Unable to follow simple two-step commands at preschool.",
    ],
)
def test_a_child_s_listening_limits_in_daily_terms(text):
    assert _asserted(text, "communication-limitation")


@pytest.mark.parametrize(
    "text",
    [
        "Goals: respond to name auditory-only 80%; follow 1-step directions auditory-only 80%.",
        "Responded to name 50% auditory-only.",
        "Now follows 2-step directions consistently.",
    ],
)
def test_a_goal_or_a_gain_is_no_limit(text):
    assert not _asserted(text, "communication-limitation")


def test_the_avt_evaluation_meets_slp_001_and_slp_003():
    text = (
        "AUDITORY-VERBAL THERAPY EVALUATION  01/12/2026\nAva 3;11, bilat CI (activated 3/2024).\n"
        "Functional status: independent (template).\nFather reports she does not respond to "
        "name in another room, can't follow 1-step directions without visual cues.\n"
        "POC: auditory rehab 1x/wk x 24 wks."
    )
    bundle = record("92630", _note("e1", "2026-01-12", text), reason="H90.3")
    assert status(bundle, "SLP-001")["status"] == "met"
    assert status(bundle, "SLP-003")["status"] == "met"
