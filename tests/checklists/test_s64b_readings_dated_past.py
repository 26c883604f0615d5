"""Session s64-b: a reading the note itself places in the past is dated by that phrase, not by
the note (ID/oxy-03: "Sat 87% back in March when admitted w/ pneumonia" beside this visit's 90%
at rest and 89% walking is no test at the time of need). Dates and "N months ago" were read
already; a past time that is no date ("last year", "this past summer", "a few years ago")
now dates the reading too, at the latest day it can be. A reading of today beside it, or a past
time in another clause, leaves the reading the note's."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

TODAY = "O: SpO2 90% RA rest, 89% with 6 min walk. No edema. Hct 44."


def _oxy(extra: str) -> str:
    visit = f"S: 66M COPD, winded on stairs. Denies leg swelling.\n{TODAY}\nA/P: COPD. {extra}"
    bundle = record(
        "E1390",
        _note("n1", "2026-11-12", visit),
        reason="J44.9",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-11-17", "occurrenceDateTime": "2026-11-24"},
    )
    report = score_bundle(bundle, as_of=date(2026, 11, 19))
    return {i["id"]: i for i in report["items"]}["OXY-001"]["status"]


@pytest.mark.parametrize(
    "extra",
    [
        "Sat 87% back in March when admitted w/ pneumonia.",
        "SpO2 86% RA in 3/2026 during pneumonia admission.",
        "Sats 84% last year when hospitalized.",
        "Per pt, O2 sat was 85% on RA last summer at urgent care.",
        "Desatted to 86% RA this past summer in the hospital.",
        "SpO2 was 84% RA a few years ago during a COPD flare.",
        "Was 86% on room air ~8 months ago in the hospital.",
    ],
)
def test_a_reading_the_note_places_in_the_past_is_not_todays(extra: str) -> None:
    assert _oxy(extra) != "met"


@pytest.mark.parametrize(
    "extra",
    [
        "Recheck SpO2 87% RA at rest; was 84% last year.",
        "SpO2 86% RA on recheck at rest. Had pneumonia last year.",
        "Recheck sat 87% RA at rest, pneumonia last summer.",
    ],
)
def test_a_reading_of_today_beside_a_past_time_still_counts(extra: str) -> None:
    assert _oxy(extra) == "met"
