"""Care a history entry tells with the entry's time and none of its own is as old as the entry
(notes/entry_dates.py, care_parts.OwnWords.part): "lumbago (2018, did PT x8 wks - better)" in a
problem list is PT of 2018, not eight weeks counted back from the consult. A year inside a
lookback window still places the care in it (as late as the year allows); undated care and care
whose own words give its dates are read as before."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import one_note_record, status

_VISIT = "2026-05-12"


def _spine_care(history: str) -> str:
    """SPS-003 (six weeks of nonoperative care in 365 days) for a lumbar discectomy."""
    text = (
        f"Neurosurgery consult\n{history}\n"
        "HPI: L buttock and calf pain since mid-April after moving a sofa, 7/10, off work.\n"
        "Exam: SLR + L 40 deg, EHL 4+/5 L.\nA/P: L L4-5 HNP with L5 radiculopathy. "
        "Plan L L4-5 microdiscectomy."
    )
    bundle = one_note_record("63030", _VISIT, text, reason="M51.16", ordered_that_day=True)
    return status(bundle, "SPS-003", as_of=dt.date(2026, 5, 15))["status"]


@pytest.mark.parametrize(
    "history",
    [
        "Problem list: lumbago (2018, did PT x8 wks - better); L4-5 HNP.",
        "Problem list: low back pain (2020, treated w/ PT x6 wks - resolved); L4-5 HNP.",
        "Problem list: lumbago (in 2018; PT x 8 weeks, better); L4-5 HNP.",
        "Problem list: lumbago (5/2018, PT x8 wks - better); L4-5 HNP.",
        "Problem list: lumbago (2017-2018; PT x8 wks, better); L4-5 HNP.",
        "Problem list: lumbago (4 years ago, PT x8 wks - better); L4-5 HNP.",
        "Problem list: lumbago (as a teenager, PT x8 wks - better); L4-5 HNP.",
        "Problem list:\n- 2018 lumbar sprain - PT x8 wks, better\n- L4-5 HNP",
        "PMH: lumbar sprain (2018, PT x8 wks - better), GERD.",
        "HPI: Old lumbago (2018; PT x8 wks, better), now new sciatica.",
    ],
)
def test_care_in_an_old_dated_entry_is_outside_the_window(history: str) -> None:
    assert _spine_care(history) != "met", history


@pytest.mark.parametrize(
    "history",
    [
        # A dated entry inside the 365 days: its weeks placed as late as the year allows.
        "Problem list: lumbago (2025, did PT x8 wks - no better); L4-5 HNP.",
        "Problem list: lumbago (11/2025, PT x8 wks, no better); L4-5 HNP.",
        "Problem list:\n- 2025 lumbar sprain - PT x8 wks, no better\n- L4-5 HNP",
        "PMH: lumbar sprain (2025, PT x8 wks - no better), GERD.",
        # Undated: counted back from the note, as before.
        "Problem list: lumbago (PT x8 wks, no better); L4-5 HNP.",
        # A start that runs on, or a diagnosis's date, is no time of the care.
        "Problem list: lumbago (since 2018; PT x8 wks, no better); L4-5 HNP.",
        # The care's own dates are its own, whatever the entry's year.
        "Problem list: lumbago (2018; PT 2/2/26-4/20/26, no better); L4-5 HNP.",
    ],
)
def test_care_in_a_recent_or_undated_entry_still_counts(history: str) -> None:
    assert _spine_care(history) == "met", history
