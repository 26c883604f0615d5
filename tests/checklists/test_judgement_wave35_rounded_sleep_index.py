"""A letter's whole-number sleep index restates, rounded, the study on file however long after it
the letter is written (blind wave 35, DY/cpap-02).

A PSG scored "AHI 4.9/h" and a letter of medical necessity six weeks later called it "mild OSA
with AHI 5 on PSG": the 4.9 rounded, not a second study that reached 5, so the 5-14 band of LCD
L33718 is not met. A weight is weighed again and a BMI's summary rounds only the 30 days before
it (rounded_values.py); a sleep index is its study's until a new study is done.
"""

from __future__ import annotations

from .test_judgement import _note, record, status
from .test_judgement_wave20_hypopnea_rule import _study

_VISIT = _note("v", "2025-11-10", "Sleep consult: 50F snoring, insomnia, ESS 13, hypertension.")


def _cpap002(psg: str, letter: str) -> str:
    bundle = record(
        "E0601", _VISIT, _study(psg), _note("lmn", "2026-02-20", letter),
        reason="G47.33", order_type="DeviceRequest",
    )  # fmt: skip
    return status(bundle, "CPAP-002")["status"]


def test_a_letter_rounding_the_study_s_index_up_to_the_threshold_does_not_qualify() -> None:
    letter = "Letter of medical necessity: mild OSA with AHI 5 on PSG, HTN and insomnia."
    assert _cpap002("Attended PSG. AHI 4.9/h. Impression: below threshold.", letter) != "met"


def test_a_study_at_the_threshold_restated_by_the_letter_still_qualifies() -> None:
    letter = "Letter of medical necessity: mild OSA with AHI 5 on PSG, HTN and insomnia."
    assert _cpap002("Attended PSG. AHI 5.2/h. Impression: mild OSA.", letter) == "met"
