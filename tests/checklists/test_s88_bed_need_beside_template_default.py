"""A template's default "independent" does not outweigh the positioning need the narrative states.

LCD L33820 asks the record for a condition needing positioning an ordinary bed cannot give. A
note whose HPI says "Needs q2h repositioning" for a stage 3 sacral pressure injury, over a
template's unedited "Functional status: independent ***", documents the need (blind wave 103,
OE/bed-02); the default is a field left as the template wrote it, not the clinician's finding.
A note with the default alone, or that denies the turning, still leaves BED-001 missing.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 7, 14)


def _bed(text: str, code: str = "E0260") -> dict:
    return record(
        code,
        _note("n1", "2026-07-02", text),
        reason="L89.153",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-07-14", "occurrenceDateTime": "2026-07-20"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "HPI: 74F w/ MS wheelchair-bound, sacral stage 3 PI 3x2 cm. Needs q2h repositioning and "
        "HOB <30 except meals; rails to turn.\nExam: stage 3 sacral PI, Braden 12.\n"
        "Functional status: independent ***\nPlan: hospital bed w/ pressure-reducing mattress.",
        "Functional status: independent ***\nA/P: stage 3 sacral PI; requires q2-3h turns, "
        "not feasible to offload on her own.",
        "Sacral stage 3 pressure ulcer. Plan: q2h turn schedule, hospital bed w/ overlay.\n"
        "ADLs: independent [default]",
    ],
)
def test_the_narrative_need_stands_beside_the_default(text: str) -> None:
    for code in ("E0260", "E0265"):
        assert status(_bed(text, code), "BED-001", as_of=AS_OF)["status"] == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Functional status: independent ***\nPlan: hospital bed w/ pressure-reducing mattress.",
        "Sacral stage 1 PI healed. No need for q2h repositioning; turns self in bed.\n"
        "Functional status: independent ***",
        "Daughter asks for a hospital bed. If the wound opens, will need q2h repositioning.",
    ],
)
def test_without_the_need_stated_it_stays_missing(text: str) -> None:
    assert status(_bed(text), "BED-001", as_of=AS_OF)["status"] == "missing"
