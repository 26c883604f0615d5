"""A speech-language evaluation titled with its setting or kind between the discipline and the
word (blind wave 74, JR/slp-02). The CCC-SLP's note typed "SLP Outpatient Evaluation" gets
straight to the findings ("Informal bedside screen: ... naming 4/10 ... Goals ... Freq 2x/wk x
4 wks"), and SLP-001 knew only the titles it listed ("slp evaluation", "speech evaluation"): the
word "Outpatient" between them hid the evaluation. The note reader's slp-evaluation concept
(targets.yaml) already reads these forms in a note's text (blind wave 72,
JM/therapy-speech-language-02); a title is read by the same words. A session's, a referral's or
a physician's note title is none.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

BODY = (
    "Left MCA CVA 3/2026. Wife reports word-finding errors. Bedside screen: naming 5/10, "
    "repetition phrase level. Freq 2x/wk x 4 wks."
)


def _titled(title: str) -> dict:
    return _note("e1", "2026-02-20", BODY, extra={"type": {"text": title}})


@pytest.mark.parametrize(
    "title",
    [
        "SLP Outpatient Evaluation",
        "SLP Initial Eval",
        "Speech-Language Initial Evaluation",
        "Speech Language Outpatient Assessment",
        "Speech Therapy Outpatient Evaluation",
        "SLP outpt re-eval",
        "Speech and Language Pathology Comprehensive Evaluation",
        "Clinical Swallow Eval",
    ],
)
def test_a_title_with_its_setting_between_names_the_evaluation(title: str) -> None:
    bundle = record("96105", _titled(title), reason="I69.320")
    assert status(bundle, "SLP-001")["status"] == "met", title


@pytest.mark.parametrize(
    "title",
    [
        "SLP Daily Treatment Note",
        "Speech Therapy Session",
        "Referral to SLP for evaluation",
        "Neurology Outpatient Evaluation",
        "Progress note",
    ],
)
def test_a_session_a_referral_or_another_discipline_s_title_is_none(title: str) -> None:
    bundle = record("96105", _titled(title), reason="I69.320")
    assert status(bundle, "SLP-001")["status"] == "missing", title
