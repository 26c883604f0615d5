"""Lumbar MRI's follow-up exam (LMRI-004) charted as an Observation (brief s83-cant).

LMRI-004's record criterion named "exam" among the Observation names, so any Observation with
"exam" in its name was the lumbar exam: a knee exam too, whatever its region or result. An exam
Observation now counts when it is of the back (a spine exam, or an exam that names no region) or
a neurological test of the legs, where a lumbar root is examined (SLR, reflexes, strength,
sensation); a knee's or a shoulder's exam Observation examines no lumbar root.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_EXAM = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category",
                     "code": "exam"}]}  # fmt: skip

# The visit that began care examined no one; the follow-up exam is charted only as an
# Observation on the day the MRI was ordered.
_FIRST = _note(
    "n1", "2026-04-01",
    "S: LBP since mid-March after lifting, some L leg tingling.\nP: PT referral, start naproxen.",
)  # fmt: skip
_SECOND = _note(
    "n2", "2026-06-02",
    "S: LBP persists, 6 PT visits, naproxen, no better.\nA/P: MRI L-spine; if HNP refer spine.",
)  # fmt: skip


def _obs(name: str, value: str, **extra) -> dict:
    return {
        "resourceType": "Observation",
        "id": "o1",
        "status": "final",
        "category": [_EXAM],
        "code": {"text": name},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-06-02",
        "valueString": value,
        **extra,
    }


def _lmri004(*observations) -> str:
    bundle = record(
        "72148", _FIRST, _SECOND, *observations, reason="M54.50",
        order={"authoredOn": "2026-06-03", "occurrenceDateTime": "2026-06-10"},
    )  # fmt: skip
    return status(bundle, "LMRI-004", as_of=date(2026, 6, 3))["status"]


@pytest.mark.parametrize(
    "observation",
    [
        _obs("Lumbar spine exam", "paraspinal tenderness L4-5, flexion limited"),
        _obs("Back exam", "tender lumbar paraspinals"),
        _obs("Neurologic exam", "EHL 4/5 L, decreased sensation L5 dermatome"),
        _obs("Straight leg raise L", "positive at 40 deg"),
        _obs("Reflexes", "L ankle jerk absent"),
    ],
)
def test_a_back_or_leg_neuro_exam_observation_is_the_follow_up_exam(observation) -> None:
    assert _lmri004(observation) == "met"


@pytest.mark.parametrize(
    "observation",
    [
        _obs("Knee exam R", "no effusion, stable ligaments", bodySite={"text": "Right knee"}),
        _obs("Shoulder exam", "full ROM, no impingement", bodySite={"text": "Left shoulder"}),
        _obs("Physical exam", "no effusion, stable ligaments", bodySite={"text": "Left knee"}),
    ],
)
def test_another_regions_exam_observation_is_no_lumbar_exam(observation) -> None:
    assert _lmri004(observation) != "met"


def test_no_exam_at_all_stays_none() -> None:
    assert _lmri004() != "met"


def test_a_knee_exam_observation_with_findings_is_no_lumbar_exam() -> None:
    """Read as text (exam_observations.py), a knee's effusion, tenderness and ROM are the knee's:
    motion and tenderness count for LMRI-004 only of the back."""
    knee = _obs(
        "Knee exam R", "effusion moderate, medial joint line tenderness, ROM 0-110",
        bodySite={"text": "Right knee"},
    )  # fmt: skip
    assert _lmri004(knee) != "met"
    back = _obs("Lumbar spine exam", "flexion limited to 40 deg, tender L4-5")
    assert _lmri004(back) == "met"
