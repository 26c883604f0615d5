"""A skilled need stated with "will need" or "will require" is the need, not a plan put off
(blind wave 41, EW/hh-02: a certifying surgeon's face-to-face note "will need home PT for
ROM/gait; homebound post-op with walker" read as hypothetical, so HHC-002 found only "planned"
mentions). 42 CFR 424.22 asks the certification to say which skilled services the patient needs;
"will need" says it. The need's other cues still read: a condition keeps it hypothetical, "may"
keeps it speculative.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 5, 4)


def _needs(text: str) -> list[bool]:
    """Whether each skilled-need finding in ``text`` counts as stated."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [f.asserted for f in found if f.concept == "skilled-need"]


@pytest.mark.parametrize(
    "text",
    [
        "F2F 5/1/26: s/p L THA 4/28, will need home PT for gait and hip precautions.",
        "Pt will require skilled nursing for wound packing daily; lives alone.",
        "Discharged home; will still need home OT for ADLs and transfers.",
    ],
)
def test_a_need_stated_with_will_is_a_need(text: str) -> None:
    assert _needs(text) and all(_needs(text))


@pytest.mark.parametrize(
    "text",
    [
        "If the incision opens, will need skilled nursing for wound packing.",
        "May need home PT for gait later.",
        "Unless family can learn the dressing, will need skilled nursing for wound care.",
    ],
)
def test_a_conditional_or_booked_need_stays_unstated(text: str) -> None:
    assert not any(_needs(text))
