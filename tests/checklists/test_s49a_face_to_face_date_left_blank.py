"""A form that ticks the face-to-face but leaves its own visit date blank documents no visit.

Blind wave 53, GR/hospital-bed-03: a supplier's intake checklist ticked "[X] Face-to-face within
6 months" and left "F2F visit date: ____" empty; the last in-person visit with the orderer was
seven months before the order. The tick asserts what the chart should show; with the form's own
date field for it blank, nothing stands behind it (the ``filled:`` rule WHC-006 already applies
to a home-access field left "***"). The same form with the date written still counts, and so
does another note of the orderer's.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-08-03", "occurrenceDateTime": "2026-08-21"}

_ITEMS = [
    ("E0260", "BED-002", "G12.21"),
    ("E1390", "OXY-002", "J44.9"),
    ("E0143", "WLK-001", "G20.A1"),
]

_FORM = (
    "DME INTAKE CHECKLIST (completed by office staff)\n"
    "[X] Written order signed   [X] Face-to-face within 6 months   [ ] Insurance card copy\n"
    "F2F visit date: {date}\n"
)


def _status(code: str, item: str, reason: str, text: str) -> str:
    note = {**_note("n1", "2026-07-28", text), "author": [{"reference": "Practitioner/dr"}]}
    bundle = record(code, note, order=_ORDER, reason=reason, order_type="DeviceRequest")
    report = score_bundle(bundle, as_of=date(2026, 8, 4))
    return {i["id"]: i for i in report["items"]}[item]["status"]


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
def test_a_ticked_face_to_face_with_its_date_blank_is_no_visit(
    code: str, item: str, reason: str
) -> None:
    assert _status(code, item, reason, _FORM.format(date="__________")) != "met"


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
def test_the_same_tick_with_its_date_written_still_counts(
    code: str, item: str, reason: str
) -> None:
    assert _status(code, item, reason, _FORM.format(date="07/28/2026")) == "met"
