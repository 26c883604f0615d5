"""A cane or walker only tried is no device that fails (brief s68-j, a false met risk the fix
sessions noted): "Tried a cane." met WHC-003 (why a cane or walker cannot resolve the limit), as
"tried" led the "despite walker" rule with no outcome after it. Trying a device says nothing of
how it went; the trial's poor result after it does ("tried a cane, still fell", "tried walker -
fell x2", "tried cane and walker without success"), as do "failed cane" and "despite walker".
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 2, 4))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Tried a cane.",
        "tried walker",
        "Pt tried a cane last year.",
        "Has tried cane and walker.",
        "Tried rollator in PT.",
        "Tried a cane, now uses a walker.",
        "Tried 4WW at the store.",
        "Tried cane and walker in the past.",
        "Tried cane, no falls since.",
        "Tried walker, now independent without limits.",
    ],
)
def test_a_device_only_tried_is_not_one_that_fails(text: str) -> None:
    assert not _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tried a cane, still fell.",
        "Tried walker - fell x2.",
        "Tried cane and walker without success.",
        "Tried quad cane w/ PT (Jan-Apr) - still falls.",
        "Tried a rolling walker with PT last spring - still caught her L toe and fell twice.",
        # blind AL/whc-01 and HV/wheelchair-01, the trial's result well after the device
        "Mobility aids tried: standard walker and hop-to gait trained in inpatient rehab and home"
        " PT (4/2-4/23) - 2 near-falls, unable to hop >10 ft.",
        "Tried cane 2024 and rollator since 8/2025: distance and dyspnea limit, not balance.",
        "Cane no longer enough.",
        "Falls despite walker.",
        "Failed cane.",
    ],
)
def test_a_device_tried_with_its_poor_result_still_fails(text: str) -> None:
    assert _walker_fails(text)
