"""A clinician's "Will order <bed with features>" is the bed's plan wherever it is written
(blind wave 20, BM/bed-03): a portal reply "Will order hi-lo bed with rails so transfers w/
hoyer and HOB elevation for aspiration" sits under no plan header, and "hi-lo" is E0255's own
name for a variable-height bed. The features must still be named ("Will order hospital bed"
is no plan of type and features), and the family's request is not the clinician's order.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _bed_plan(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    bundle = record("E0255", note, reason="G12.21", order_type="DeviceRequest")
    return status(bundle, "BED-004")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Portal message from wife: 'He can't get up from our bed anymore.' Reply: Will order "
        "hi-lo bed with rails so transfers w/ hoyer and HOB elevation for aspiration.",
        "Called daughter back. Ordering semi-electric bed w/ half rails for HOB 30 deg.",
        "Spoke with pt; will order hospital bed with side rails, head of bed elevation.",
    ],
)
def test_a_clinician_ordering_the_bed_with_its_features_plans_it(text: str) -> None:
    assert _bed_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Reply: Will order hospital bed. Schedule visit.",
        "Wife asks: can we get a hi-lo bed with rails?",
        "Uses rails on stairs at home; will order walker.",
    ],
)
def test_no_features_or_not_the_clinician_s_order(text: str) -> None:
    assert _bed_plan(text) != "met"
