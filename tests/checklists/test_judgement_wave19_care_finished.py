"""Care a plan-section line says was finished (blind wave 19, BN/occ-02): an occupational note
opening "A/P:" reads "Finished PT x 10 wks (11/2025-1/2026) and subacromial inj 12/2025; light
duty only". Past-tense "finished" or "underwent" is care done, as "completed" was; "finish PT"
or "start PT" in a plan is still to come."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _pt(text: str):
    note = NoteInput("DocumentReference/n1", text, dt.date(2026, 3, 2), "Clinic note")
    return next(f for f in find_findings([note]) if f.concept == "physical-therapy")


@pytest.mark.parametrize(
    "text",
    [
        "A/P: R RC strain. Finished PT x 10 wks (11/2025-1/2026) and subacromial inj 12/2025.",
        "Plan: FCE. Underwent PT 2x/wk x 8 wks last fall without return to full duty.",
    ],
)
def test_care_a_plan_line_says_was_finished_is_care_done(text: str) -> None:
    assert _pt(text).asserted


@pytest.mark.parametrize(
    "text",
    ["Plan: finish PT 2x/wk x 4 wks, then FCE.", "Plan: start PT 2x/wk x 6 wks."],
)
def test_care_a_plan_has_still_to_finish_is_not_done(text: str) -> None:
    assert not _pt(text).asserted
