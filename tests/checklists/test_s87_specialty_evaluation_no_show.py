"""The power chair's specialty evaluation (WHC-008) asks a PT/OT/physiatrist evaluation only of
Group 2 chairs with power options and Group 3 and up (LCD L33789: "rehab PMDs"), and a no-show for
it is none (blind wave 102, NZ/wheelchair-2: a K0823 whose OT seating evaluation was a no-show;
its label asks the evaluation of a Group 2 chair without power options, which the LCD does not).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_F2F = (
    "Neurology 06/16/2026 - F2F mobility exam\n67F w/ SPMS. Can no longer walk to bathroom"
    " safely - walks ~10 ft with walker; fell 3x since spring.\nExam: cognition intact, sitting"
    " balance good. Able to operate joystick safely in clinic.\nPlan: Group 2 PWC. Referred to OT"
    " for specialty seating/mobility eval - scheduled 06/25."
)


def _status(code: str, later: str) -> str:
    order = {"authoredOn": "2026-06-26", "occurrenceDateTime": "2026-06-30"}
    notes = [_note("n1", "2026-06-16T15:00:00Z", _F2F), _note("n2", "2026-06-25T15:00:00Z", later)]
    bundle = record(code, *notes, reason="G35.B1", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 6, 30))
    return {i["id"]: i for i in report["items"]}["WHC-008"]["status"]


@pytest.mark.parametrize(
    "later",
    [
        "OT clinic: pt no-show for seating/mobility evaluation. Letter sent to reschedule.",
        "OT seating and mobility evaluation - patient did not show. Will reschedule.",
        "Seating and mobility evaluation: pt no-show.",
    ],
)
def test_a_missed_evaluation_is_none_for_a_rehab_chair(later: str) -> None:
    assert _status("K0835", later) != "met"


def test_an_evaluation_held_still_counts() -> None:
    held = (
        "OT seating and mobility evaluation 6/30: pt seen, transfers mod A, UE 3/5, drove the"
        " joystick safely; recommends Group 2 PWC with single power option."
    )
    assert _status("K0835", held) == "met"


def test_a_group_2_chair_without_power_options_needs_none() -> None:
    missed = "OT clinic: pt no-show for seating/mobility evaluation. Letter sent to reschedule."
    assert _status("K0823", missed) == "not_applicable"
