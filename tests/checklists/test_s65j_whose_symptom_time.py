"""A symptom's length counts only for the patient's own symptom of the order's region (lead's
class at s65-j, noticed by s65-f): "Mother has had back pain since 2015" and "knee pain since
childhood" met a lumbar MRI's six weeks of back symptoms (LMRI-002). A relative named as the
subject makes the time theirs (symptom_durations.relatives_symptom); a joint's own pain with no
radiation times the joint, not the spine (radicular_durations.joint_pain_only). The patient's
own back or leg pain, a relative who only reports it, and pain that radiates keep their time."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _symptoms(text: str) -> str:
    return status(record("72148", _note("n1", "2026-02-20", text)), "LMRI-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "LBP x 3 wks. Mother has had back pain since 2015.",
        "LBP x 2 wks. Wife with back pain x 6 months.",
        "Back pain x 2 wks. Father had back pain for years.",
        "LBP x 2 wks. pt's brother - sciatica x 10 yrs",
        "LBP x 2 wks; mom has chronic LBP since 2010",
        "LBP x 3 wks. Knee pain since childhood.",
        "LBP x 2 wks. R knee pain x 3 years.",
        "LBP x 2 wks, L knee pain since 2019.",
        "low back pain 10 days. Bilat hip pain (OA) for 5 yrs",
    ],
)
def test_anothers_or_a_joints_time_is_no_back_symptoms(text: str) -> None:
    assert _symptoms(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "LBP x 8 wks, mother also has back pain.",
        "Wife reports his LBP x 3 months.",
        "Low back pain since lifting his son 8 wks ago.",
        "Since mom passed, LBP x 3 months.",
        "LBP radiating to L knee x 3 months",
        "L leg pain x 10 wks",
        "Lumbar pain w/ pain shooting down to the R knee since 10/2025",
        "Pt with back pain x 3 months; FHx: father - DDD",
    ],
)
def test_the_patients_own_time_counts(text: str) -> None:
    assert _symptoms(text) == "met", text
