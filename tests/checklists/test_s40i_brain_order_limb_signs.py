"""A brain order's exam is read in the limbs (blind wave 43, FE/adv-imaging-02).

A neurologist's "Exam: ... R leg decreased vibration, brisk reflexes R, + Babinski R" before a
brain MRI for suspected demyelination was set aside as the leg's exam, not the head's, and
AIM-001 (a recent evaluation documenting the indication) was called missing. Long-tract signs
are where a brain lesion shows: regions.yaml lets a head order's findings be felt in the arms and
legs, as a lumbar order's are in the leg. Findings of another trunk region still do not count.
"""

from __future__ import annotations

from .test_judgement import _note, record, status


def _evaluation(text: str) -> str:
    bundle = record("70553", _note("n1", "2026-02-20", text), reason="G37.9")
    return status(bundle, "AIM-001")["status"]


def test_long_tract_signs_in_a_limb_are_a_brain_order_s_exam() -> None:
    assert (
        _evaluation(
            "Neurology consult. 2 wks numb L arm.\n"
            "Exam: L arm hyperreflexia, decreased pinprick L hand, + Hoffmann L.\n"
            "P: MRI brain with and without contrast."
        )
        == "met"
    )


def test_an_exam_of_the_low_back_is_still_no_brain_exam() -> None:
    assert (
        _evaluation(
            "Back pain f/u.\nExam: lumbar paraspinal tenderness, lumbar flexion limited.\n"
            "P: MRI brain for headaches."
        )
        != "met"
    )
