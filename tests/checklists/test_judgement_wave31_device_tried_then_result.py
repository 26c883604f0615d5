"""A cane or walker tried, its poor result written after it, found by blind wave 31
(DK/wheelchair-03): a mobility exam's row "Cane, rollator: tried - distance unchanged, falls" says
why a cane or walker cannot resolve the limitation, yet no phrase read a device followed by
"tried" and the trial's result. A trial with a good result ("tried - no falls since") is not."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _concepts(text: str) -> set[str]:
    note = NoteInput("DocumentReference/n1", text, dt.date(2026, 1, 8))
    return {f.concept for f in find_findings([note])}


@pytest.mark.parametrize(
    "text",
    [
        "Walker, quad cane: tried - walking distance unchanged, falls.",
        "Rollator trialed at home, no better; still needs wife to reach the toilet.",
    ],
)
def test_a_device_tried_with_a_poor_result_is_insufficient(text: str) -> None:
    assert "cane-walker-insufficient" in _concepts(text)


@pytest.mark.parametrize(
    "text", ["Rollator tried - no falls since.", "Walker tried, doing well, no falls."]
)
def test_a_device_tried_with_a_good_result_is_not(text: str) -> None:
    assert "cane-walker-insufficient" not in _concepts(text)


def test_the_wheelchair_item_is_met_by_the_exam_row() -> None:
    text = (
        "MOBILITY EXAM: COPD on 2 L, walks 15 ft then must sit; cannot reach bathroom in time. "
        "Walker, quad cane: tried - walking distance unchanged, falls."
    )
    bundle = record(
        "K0823", _note("n1", "2026-01-08", text), reason="J44.9", order_type="DeviceRequest"
    )
    assert status(bundle, "WHC-003", as_of=dt.date(2026, 1, 20))["status"] == "met"
