"""An "Exercise:" label ends a family history written on its header's line, found by blind
wave 69 (JA/cardiac-imaging-02): "FHx: mother - MI age 61, DM; father - unknown." then
"Exercise: walks 2 mi most mornings w/ his dog, plays rec softball. Able to exercise on
treadmill." read the patient's exercise as the family's, so CARD-003 called his ability to
exercise on a treadmill missing. Exercise and activity are the patient's own state, as
"ADLs:" and "Function:" are (list_ends.py); a relative's line stays the family's."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

FHX = "FHx: mother - MI age 61, DM; father - unknown.\n"


def _ability(text: str) -> list[tuple[bool, bool]]:
    notes = [NoteInput("DocumentReference/c1", text, dt.date(2026, 5, 6))]
    return [(f.asserted, f.family) for f in find_findings(notes) if f.concept == "exercise-ability"]


@pytest.mark.parametrize(
    "line",
    [
        "Exercise: walks 2 mi most mornings w/ his dog, plays rec softball.",
        "Exercise: Able to exercise on treadmill.",
        "Activity: jogs 3 miles 3x/wk.",
        "Activity level: still runs 5 km most days.",
        "Physical activity: can climb 2 flights without stopping.",
        "Exercise tolerance: able to walk on a treadmill 20 min.",
        "exercise: unable to exercise due to knee OA",
    ],
)
def test_the_patients_exercise_after_a_family_history_is_his(line: str) -> None:
    found = _ability(FHX + line)
    assert found and all(asserted and not family for asserted, family in found), found


def test_a_relatives_line_stays_the_familys() -> None:
    found = _ability(FHX + "Brother: able to exercise, runs 5 miles daily.")
    assert not any(asserted for asserted, _ in found), found
