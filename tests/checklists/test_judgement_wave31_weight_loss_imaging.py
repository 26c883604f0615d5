"""Unexplained weight loss supports cross-sectional imaging, found by blind wave 31 (DL/aim-02): a
CT of the abdomen and pelvis ordered for abnormal weight loss (R63.4) after a normal first work-up
was called unpaired, though CT with contrast is the usual next study for weight loss that the
history, exam and labs leave unexplained. A diagnosis no imaging answers still pairs with none."""

from __future__ import annotations

from .test_judgement import record, status


def _pairing(reason: str) -> str:
    return status(record("74177", reason=reason), "CSU-005")["status"]


def test_abnormal_weight_loss_supports_a_ct_of_the_abdomen_and_pelvis() -> None:
    assert _pairing("R63.4") == "met"


def test_a_diagnosis_imaging_does_not_answer_still_does_not_pair() -> None:
    assert _pairing("K21.9") == "missing"
