"""A post-op visit's heading tells the surgery as had (brief s73-g; surgeries_had.py).

"Post-op visit: L RSA, healing well" is the follow-up of a surgery done, yet "RSA" was read as the
shoulder plan TSA-005 asks for (met with no plan, and for an order with no side or the same side).
The visit's heading is a deed done before the operation's name, as "s/p" and "POD #2" are. A plan
beside it, or a post-op visit still to come after a planned surgery, stays a plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

DAY = date(2026, 3, 2)
_SURGERIES = {
    "knee-replacement-plan", "hip-replacement-plan", "shoulder-replacement-plan",
    "arthroscopy-plan", "surgery-plan", "bariatric-plan",
}  # fmt: skip


def _planned(text: str) -> set[str]:
    """The sides (or "none") of the surgical plans ``text`` asserts."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    out = set()
    for f in found:
        if f.concept in _SURGERIES and f.asserted:
            sides = {r.split(":")[1] for r in f.regions if ":" in r}
            out |= sides or {"none"}
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Post-op visit: L RSA, healing well.",
        "Post-op visit: R RSA, healing well.",
        "Post-op visit: RSA, healing well.",
        "Post op f/u R reverse TSA - healing well.",
        "Post-op check 2/10 - R TKA, incision clean.",
        "Postoperative visit #2: L THA, ambulating with walker.",
        "POV #2: R RSA healing well.",
        "Post-op follow-up for R TKA: doing well.",
        "Post-op visit 2024: L RSA, healing well at that time.",
    ],
)
def test_a_post_op_visit_s_surgery_is_had(text: str) -> None:
    assert not _planned(text)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Post-op visit 2024: L RSA, healing well. Now R GH OA; plan R RSA.", {"right"}),
        ("Plan R RSA. Post-op visit 2 wks after.", {"right"}),
        ("Plan: R TKA 3/20; post-op visit in 2 wks.", {"right"}),
    ],
)
def test_a_plan_beside_it_stays_a_plan(text: str, sides: set[str]) -> None:
    assert sides <= _planned(text)
