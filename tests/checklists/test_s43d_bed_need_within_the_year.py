"""A hospital bed's positioning need is read over the year; the six months are the visit's.

LCD L33820 asks the record to show a condition needing positioning an ordinary bed cannot give,
and the face-to-face visit (BED-002) to fall in the six months before the order. The need is a
lasting one (orthopnea, spasticity): the last visit that wrote it still documents it when that
visit is too old to be the face-to-face (blind waves 48-49, GB/hospital-bed-03, GF/bed-03: the
need "ok" beside a face-to-face "missing"). A need written more than a year back is not read.
The neurologist's "needs frequent position changes" is the LCD's frequent changes in position.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 9, 30)


def _bed(day: str, text: str) -> dict:
    return record(
        "E0260",
        _note("n1", day, text),
        reason="I50.32",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-09-25", "occurrenceDateTime": "2026-10-05"},
    )


@pytest.mark.parametrize(
    "text",
    [
        "Cardiology visit. HFpEF. Cannot lie flat, needs head of bed 30-45 degrees; wedge fails.",
        "Neuro visit. Progressive MS with nightly spasms; needs frequent position changes.",
    ],
)
def test_a_need_written_eight_months_before_is_documented(text: str) -> None:
    assert status(_bed("2026-01-20", text), "BED-001", as_of=AS_OF)["status"] == "met"


def test_a_need_written_over_a_year_before_is_not_read() -> None:
    text = "Cardiology visit. Cannot lie flat, needs head of bed 30-45 degrees; wedge slides off."
    assert status(_bed("2025-08-01", text), "BED-001", as_of=AS_OF)["status"] == "missing"
