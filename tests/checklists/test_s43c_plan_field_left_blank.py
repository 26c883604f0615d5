"""A plan-of-care field left blank ("POC update: ***" closing a re-evaluation, blind wave 49
GF/slp-03) or a signature whose name stands inside the placeholder ("***physician signature***"
closing an agency's recert worksheet, GF/hh-02) leaves the plan unwritten and unsigned."""

from __future__ import annotations

import pytest

from smartapp.checklists.not_a_plan import left_blank


@pytest.mark.parametrize(
    "text",
    [
        "RE-EVAL: goals 1-2 met. Continue 2x/wk. POC update: ***",
        "Plan of care: ___________",
        "Orders: SN 2w6 wound care.\n***physician signature***",
        "Orders: PT 2w4.\n______ MD signature ______",
    ],
)
def test_a_plan_field_or_signature_left_blank_is_no_plan(text: str) -> None:
    assert left_blank(text)


@pytest.mark.parametrize(
    "text",
    ["POC: PT 2w4 gait and balance x 8 wks.", "Signature: R. Ames MD 3/4/26", "*** FAX ***"],
)
def test_a_filled_plan_or_signature_is_not_blank(text: str) -> None:
    assert not left_blank(text)
