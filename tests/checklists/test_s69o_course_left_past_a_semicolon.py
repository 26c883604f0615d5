"""A course left, said past the semicolon that ends the therapy's statement (brief s69-o).

"PT: eval 4/15, attended 4/17, 5/12; missed the rest" (JW/workrehab-02's class) is cut at its
semicolon, and the second part names no therapy, so the course left was never seen: the three
visits listed by their days ran as weeks of PT and met OCC-002 (acute therapy completed). The
clause after the semicolon that opens by saying the course was left is the therapy's; one that
names other care first ("; chiro - stopped going", "; naproxen - did not complete"), or says
nothing of leaving ("; plateaued, d/c to HEP", "; missed 2 days of work") is not.
"""

from __future__ import annotations

import pytest

from .test_judgement_s69g_referred_weeks_on_hold import _occ


@pytest.mark.parametrize(
    "attendance",
    [
        "PT: eval 4/10, attended 4/13, 5/29; missed the rest.",
        "PT: eval 4/10, attended 4/13, 5/29 ; no-showed x3.",
        "PT: eval 4/10, attended 4/13, 5/29; then cancelled remaining visits.",
        "PT: eval 4/10, attended 4/13, 5/29; dropped out (childcare).",
        "Physical therapy: eval 4/10, attended 4/13, 5/29; pt never returned after that.",
        "PT eval 4/10, went 4/13 and 5/29; did not complete POC.",
        "PT: eval 4/10, attended 4/13, 5/29; but stopped going (childcare).",
        "PT: eval 4/10, attended 4/13, 5/29; missed 3 visits, discharged.",
        "PT - seen 4/10 (eval), 4/13 & 5/29; missed the remaining sessions.",
    ],
)
def test_a_course_left_past_the_semicolon_is_left(attendance: str) -> None:
    assert _occ("Refer PT.", attendance) != "met"


@pytest.mark.parametrize(
    "attendance",
    [
        "PT: eval 4/10, attended 4/13, 5/29; chiro - stopped going.",
        "PT: eval 4/10, attended 4/13, 5/29; naproxen - did not complete.",
        "PT: eval 4/10, attended 4/13, 5/29; plateaued, d/c to HEP.",
        "PT: eval 4/10, attended 4/13, 5/29; missed 2 days of work.",
    ],
)
def test_other_care_or_no_leaving_after_the_semicolon_is_not(attendance: str) -> None:
    assert _occ("Refer PT.", attendance) == "met"
