"""Honesty when a note cannot be read (bench/unread.py, invariant a; brief s75-i): a sleep index a
letter restates without a date takes its old study's date from the note that dates it
(restated_studies.py). With that note unread, the letter's "AHI 22 on polysomnography" met
CPAP-002 by the letter's date (LZ/cpap-03). An item met only through such an undated restated
index while a note written before it is unread is "could not check", naming the note; read, it
stays not met; with nothing unread, or a statement that dates or tells its study anew, as before.
"""

from __future__ import annotations

import pytest

from .test_judgement import record, status
from .test_judgement_wave29_unread_stop import _unread
from .test_s75d_restated_sleep_index import _HST, _OLD_VISIT, _VISIT, _letter


def _cpap002(*resources: dict) -> dict:
    return status(record("E0601", *resources, reason="G47.33", order_type="DeviceRequest"),
                  "CPAP-002")  # fmt: skip


_SAID = "Mr. B has moderate obstructive sleep apnea (AHI 22 on polysomnography); requires CPAP."


def test_read_the_note_dating_the_old_study_keeps_the_index_out_of_the_window() -> None:
    assert _cpap002(_OLD_VISIT, _HST, _letter(_SAID))["status"] != "met"


@pytest.mark.parametrize(
    "said",
    [
        _SAID,
        "Per PSG, AHI 22 - moderate OSA. Please approve E0601.",
        "Diagnosis: OSA, AHI 22 on sleep study.",
    ],
)
def test_unread_the_note_before_the_letter_makes_it_could_not_check(said: str) -> None:
    item = _cpap002(_unread("v1", "2025-12-15"), _HST, _letter(said))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/v1" in item["searched"]


@pytest.mark.parametrize(
    ("said", "more"),
    [
        # Nothing unread: the letter's index stands as written (a study held only as this).
        (_SAID, ()),
        # An unread note written after the letter cannot be its study.
        (_SAID, (_unread("later", "2026-02-20"),)),
        # The statement dates its study, or tells it anew.
        ("Moderate OSA, AHI 22 on PSG 1/2026.", (_unread("v0", "2025-12-10"),)),
        ("A new PSG this month showed AHI 22, moderate OSA.", (_unread("v0", "2025-12-10"),)),
    ],
)
def test_near_misses_stay_as_today(said: str, more: tuple) -> None:
    assert _cpap002(_VISIT, _HST, _letter(said), *more)["status"] == "met"
