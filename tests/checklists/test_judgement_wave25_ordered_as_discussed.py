"""The visit a later note orders the study from holds its plan (blind wave 26, CQ/aim-02): the
3/13 visit wrote "If MRI shows displaceable tear -> arthroscopy referral" and the 5/22 portal
reply "Ordered MRI L knee as discussed 3/13"; AIM-004 read the plan as 80 days old, outside its
60 days, though the order carries it out. A later note that orders the study, names it, points
back ("as discussed", "as planned", "per our discussion") and gives the earlier note's date makes
that note's plan this study's (scheduled.py). A study only discussed, an order with no date to
point at, or a date that is no note's points at nothing."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_VISIT = (
    "SPORTS MEDICINE F/U\nA: Suspected L medial meniscus tear, failed 7 wks PT.\n"
    "P: Pt wants to try HEP first. If MRI shows displaceable tear -> arthroscopy referral.\n"
)


def _plan(later: str) -> str:
    # The visit is 71 days before as_of (3/1): outside AIM-004's 60 days.
    bundle = record(
        "73721",
        _note("visit", "2025-12-20", _VISIT),
        _note("later", "2026-02-20", later),
        reason="M23.222",
    )
    return status(bundle, "AIM-004")["status"]


@pytest.mark.parametrize(
    "later",
    [
        "Reply: Ordered MRI L knee as discussed 12/20. Will call with results.",
        "MRI L knee ordered per our discussion on 12/20/2025.",
        "Placed order for knee MRI as planned at the 12/20 visit.",
    ],
)
def test_an_order_pointing_back_to_the_visit_carries_its_plan(later):
    assert _plan(later) == "met"


@pytest.mark.parametrize(
    "later",
    [
        "MRI discussed 12/20; pt still deciding.",  # not ordered
        "Ordered MRI L knee as discussed. Will call with results.",  # no date
        "Ordered MRI L knee as discussed 12/18.",  # no note that day
    ],
)
def test_no_order_or_no_visit_pointed_at_carries_nothing(later):
    assert _plan(later) != "met"
