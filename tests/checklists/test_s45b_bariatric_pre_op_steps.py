"""A bariatric candidacy whose surgeon also sets out what must be done before the operation
("Candidate for lap RYGB. Will need 6 mo supervised wt mgmt before surgery", "Pre-op: EGD, labs")
is the surgical plan BAR-007 asks for, as its post-operative follow-up is (blind wave 51,
GL/bar-03). A candidacy alone, one hedged "if qualifies" with evaluations merely booked, or steps
with no procedure named stay short of a plan.
"""

from __future__ import annotations

import pytest

from .test_s45b_arthroplasty_vs_nonop import _status


@pytest.mark.parametrize(
    "text",
    [
        "Bariatric consult. BMI 47, T2DM.\nPlan: candidate for laparoscopic sleeve gastrectomy."
        " Needs 6 monthly RD visits prior to surgery per her plan.",
        "A/P: class III obesity. Candidate for RYGB. Pre-op: EGD, labs, psychology referral.",
    ],
)
def test_a_candidacy_with_its_pre_op_steps_is_the_plan(text: str) -> None:
    assert _status("43775", "E66.813", text, "BAR-007") == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "A/P: class III obesity. Candidate for sleeve gastrectomy. RTC 3 mo.",
        "A/P: class III obesity. Candidate for sleeve if qualifies. Psych eval scheduled.",
        "A/P: class III obesity. Labs before surgery discussed; refer to bariatric program.",
    ],
)
def test_a_bare_candidacy_or_steps_alone_are_no_plan(text: str) -> None:
    assert _status("43775", "E66.813", text, "BAR-007") != "met", text
