"""A wound's state is no denial (brief s68-o, a false alarm): in "Wound not healed, SN 3x/wk for
wound care" the "not" says the wound is still open, the reason for the skilled care, and it
denied the care that follows. A denial of the care itself still denies it.
"""

from __future__ import annotations

import pytest
from stated_findings import found


def _skilled(text: str) -> bool:
    return any(f.asserted for f in found(text, "skilled-need"))


@pytest.mark.parametrize(
    "text",
    [
        "Wound not healed, SN 3x/wk for wound care.",
        "Incision not yet healed, SN 2x/wk for dressing changes.",
        "Sacral wound not healing, SN visits 3x/wk for wound care",
        "Wound has not healed, needs skilled nursing for wound vac.",
        "L heel ulcer not fully healed, SN 2w4 wound care.",
        "Surgical incision not closed - SN 3x/wk for dressing changes.",
        "Wound hasn't healed, skilled nursing for wound care 3x/wk.",
        "Stage 3 ulcer still not healed, SN for wound care.",
    ],
)
def test_skilled_care_after_a_wound_not_healed_is_stated(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Wound not healed, no wound care needed.",
        "No wound care needed.",
        "Wound healed; no dressing changes needed.",
    ],
)
def test_skilled_care_denied_itself_is_still_denied(text: str) -> None:
    assert not _skilled(text), text
