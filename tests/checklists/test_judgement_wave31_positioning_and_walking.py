"""A hospital bed's positioning need and a wheelchair's mobility limit as notes write them
(blind waves 30 and 31). "Wedge failing", "foam wedge slides" and "pillows slide out" are an
ordinary bed's positioning failing, and "HOB 30+ degrees" or "HOB 30-45 deg" an elevation of 30
degrees or more (LCD L33820; DE/bed-03 and DL/bed-02 were read as no need). A position the patient
takes for a liking ("sleeps in the recliner some nights because she enjoys TV") is no need
(DL/bed-04 was read as one). "Can no longer walk in the house" and "cannot ambulate" are a
mobility limit (NCD 280.3; DI/wheelchair-04 was read as none)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _bed(text: str) -> str:
    bundle = record("E0250", _note("n1", "2026-02-20", text), reason="J44.9")
    return status(bundle, "BED-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Home visit: wife reports the foam wedge slides off the mattress; coughing overnight.",
        "Phone note: wedge failing, still coughing at night.",
        "COPD on home O2, needs HOB 30+ degrees, pillows slide out by morning.",
        "Aspiration after stroke; keep HOB 30-45 deg day and night.",
        "Pillows not working, wakes up choking.",
    ],
)
def test_failed_pillows_and_a_written_floor_of_elevation_are_a_positioning_need(text: str):
    assert _bed(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Sleeps in recliner some nights because she enjoys watching TV. No SOB lying flat.",
        "Sleeps in a recliner by choice; lungs clear, no reflux.",
        "Pillows stay in place; sleeps flat comfortably.",
        "HOB 0 degrees tolerated without cough.",
    ],
)
def test_a_position_taken_for_a_liking_is_no_need(text: str):
    assert _bed(text) != "met"


def _mobility(text: str) -> str:
    bundle = record("K0856", _note("n1", "2026-02-10", text), reason="G12.21",
                    order_type="DeviceRequest")  # fmt: skip
    return status(bundle, "WHC-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Hx: can no longer walk in the house; his son helps him to the toilet.",
        "Exam: unable to ambulate at home, transfers bed to chair only.",
    ],
)
def test_a_lost_ability_to_walk_at_home_is_a_mobility_limit(text: str):
    assert _mobility(text) == "met"


def test_walking_well_is_still_no_limit():
    assert _mobility("Walks around the house and garden without an aid; no falls.") != "met"
