"""WHC-008: a specialty evaluation a recent note quotes with its old date is of that date.

LCD L33789 asks for the specialty evaluation (PT, OT or physiatrist) of the power chair being
ordered, and WHC-008 reads it over the six months before the request. "PT eval 2019: seating and
mobility evaluation, recommended power wheelchair" in a February 2026 note was dated by the note
and met the item (noticed at an earlier stop, brief s90-noticed2): an evaluation is held on a
day, and the date its statement gives is when (checklists/finding_dates.EVENT_CONCEPTS), as for
an ECG or a standardized score. An evaluation the note dates inside the window, or gives no date
of its own, is still the visit's; a diagnosis date in another sentence dates nothing of it.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _whc008(text: str) -> str:
    note = _note("n1", "2026-02-18", text, extra={"type": {"text": "Progress note"}})
    bundle = record("K0861", note, reason="G12.21", order_type="DeviceRequest")
    return status(bundle, "WHC-008")["status"]


@pytest.mark.parametrize(
    "text",
    [
        # the wording noticed
        "PT eval 2019: seating and mobility evaluation, recommended power wheelchair.",
        "Seating eval completed 3/2019 by OT (J. Doe, OTR/L).",
        "Seating and mobility evaluation by PT (2019): safe joystick control.",
        "Specialty mobility evaluation by PT in 2019: safe joystick control.",
        "PT wheelchair evaluation 6/2019 - recommended PWC.",
        "PT seating eval 2019 - still appropriate for a power chair.",
        "2019 seating eval (PT): PWC recommended.",
        "On 3/5/2019 PT did a seating and mobility evaluation.",
    ],
)
def test_an_evaluation_dated_years_back_is_not_met(text: str) -> None:
    assert _whc008(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Seating eval completed 2/10 by OT (J. Doe, OTR/L).",
        "Seating and mobility evaluation by PT 1/2026: safe joystick control.",
        "ALS dx 2019. Seating and mobility evaluation by PT today: safe joystick control.",
        "Specialty mobility evaluation was done today by PT: safe joystick control.",
        # a date of the diagnosis or another event in the statement is not the evaluation's
        "Seating and mobility evaluation by PT: ALS dx 2019, cannot walk, safe joystick control.",
        "PT seating eval (ALS since 2019): cannot walk >5 ft, safe with joystick.",
        "Power mobility evaluation by OT for pt w/ C5 SCI from MVC in 2019: safe joystick use.",
        "PT wheelchair evaluation completed, pt's manual chair from 2019 no longer safe.",
    ],
)
def test_an_evaluation_of_the_window_is_met(text: str) -> None:
    assert _whc008(text) == "met", text
