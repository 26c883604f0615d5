"""Auditory rehabilitation's evaluation is the speech-language evaluation of a 92630/92633
request (SLP-001; blind wave 59, HO/slp-03, and wave 53, GH/speech-language-03). A note typed
"Auditory Rehab Evaluation" whose text gets straight to the findings, or a completed 92626 (the
evaluation of auditory function for an implanted device, which CPT Assistant names the
evaluation of auditory rehabilitation status), was no evaluation: the titles SLP-001 knew were
the speech and language ones, the codes the 9252x family. A treatment session's note, a
cochlear implant programming visit, or an evaluation only ordered is none."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

BODY = (
    "Adult, L cochlear implant switched on 1/2026. Hears closed-set words in quiet; loses track "
    "in background noise."
)


def _titled(title: str) -> dict:
    return _note("e1", "2026-02-20", BODY, extra={"type": {"text": title}})


@pytest.mark.parametrize(
    "title",
    [
        "Auditory Rehab Evaluation",
        "SLP aural rehabilitation eval",
        "Aural Rehab Assessment",
        "Auditory Rehabilitation Re-evaluation",
        "AVT Initial Evaluation",
        "Auditory Verbal Evaluation",
        "Speech Therapy Evaluation",
        "Listening and Spoken Language Evaluation",
    ],
)
def test_a_note_titled_as_the_auditory_rehab_evaluation_meets_slp_001(title: str) -> None:
    bundle = record("92633", _titled(title), reason="H90.3")
    assert status(bundle, "SLP-001")["status"] == "met", title


@pytest.mark.parametrize(
    "title",
    [
        "Auditory Rehab Session",
        "Aural Rehab Daily Note",
        "Cochlear Implant Mapping",
        "Audiology Visit",
    ],
)
def test_a_session_or_a_mapping_note_is_no_evaluation(title: str) -> None:
    bundle = record("92633", _titled(title), reason="H90.3")
    assert status(bundle, "SLP-001")["status"] == "missing", title


def _procedure(code: str, state: str = "completed") -> dict:
    return {
        "resourceType": "Procedure",
        "id": f"pr{code}",
        "status": state,
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code}]},
        "performedDateTime": "2026-02-18",
    }


@pytest.mark.parametrize("code", ["92626", "92627"])
def test_the_evaluation_of_auditory_rehabilitation_status_is_coded(code: str) -> None:
    bundle = record("92630", _procedure(code), reason="H90.3")
    assert status(bundle, "SLP-001")["status"] == "met"


@pytest.mark.parametrize(
    "procedure",
    [_procedure("92601"), _procedure("92603"), _procedure("92626", "not-done")],
)
def test_implant_programming_or_an_evaluation_not_done_is_none(procedure: dict) -> None:
    bundle = record("92630", procedure, reason="H90.3")
    assert status(bundle, "SLP-001")["status"] == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "AUDITORY-VERBAL RE-EVALUATION 05/02/2026\nParent report: uses both CIs all day.",
        "Aural rehab initial evaluation completed today.",
        "Auditory rehabilitation re-eval: listening age 18 months.",
    ],
)
def test_the_evaluation_named_in_the_note_text_meets_slp_001(text: str) -> None:
    bundle = record("92630", _note("e1", "2026-02-20", text), reason="H90.3")
    assert status(bundle, "SLP-001")["status"] == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Aural rehab re-evaluation scheduled for 4/2.",
        "Auditory-verbal session 6: Ling sounds detected at 6 ft.",
    ],
)
def test_an_evaluation_to_come_or_a_session_in_the_text_is_none(text: str) -> None:
    bundle = record("92630", _note("e1", "2026-02-20", text), reason="H90.3")
    assert status(bundle, "SLP-001")["status"] == "missing", text
