"""Joint-line pain told as the patient's complaint is history, not an exam finding (session s69,
BF/kas-01 and CN/kas-03 show the shape). KAS-002 reads only the examination (``exam_only``), and
the bare words "joint line" stand in its mechanical-test list for the joint-line tenderness an
examiner finds: "S: Medial joint line pain, catching", "HPI: ... Persistent lateral joint line
pain" counted as the exam of a knee whose exam was nowhere written. Pain at the joint line told
under a history heading, as a complaint or with what brings it on is the symptom; "medial joint
line tenderness", "+JLT", "TTP MJL", "joint line tender" on exam are still the examiner's."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_PLAN = "\nPlan: R knee scope, partial medial meniscectomy."


def _kas002(text: str) -> str:
    note = _note("n1", "2026-02-20", text + _PLAN)
    return status(record("29881", note, reason="S83.241A"), "KAS-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "S: Twisting injury 1/14. Medial joint line pain, catching x 3 mos.",
        "HPI: 35M, R knee LM tear. Persistent lateral joint line pain, giving way ~weekly.",
        "S: c/o medial joint line pain R knee.",
        "R knee pain along the joint line when squatting.",
        "Pt reports R knee pain at the medial joint line, worse on stairs.",
        "CC: R knee medial joint line pain",
        "Interval: R knee medial joint line ache with kneeling, PT 6 wks no better.",
        "R knee - complains of soreness over the lateral joint line after running.",
        "Subjective: R knee joint line pain x 4 months despite naproxen.",
    ],
)
def test_joint_line_pain_told_is_no_exam_finding(text: str) -> None:
    assert _kas002(text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Exam: R knee medial joint line tenderness.",
        "Exam: R knee +JLT medial.",
        "PE: R knee TTP MJL.",
        "R knee: joint line tender medially.",
        "O: R knee pain on palpation of the medial joint line.",
        # The history's pain does not take away the exam beside it.
        "S: c/o medial joint line pain.\nO: R knee small effusion, McMurray + medially.",
        "HPI: R knee medial joint line pain.\nExam: R knee medial joint line tenderness.",
    ],
)
def test_joint_line_the_examiner_found_still_counts(text: str) -> None:
    assert _kas002(text) == "met"
