"""A skilled nursing visit named alone is no skilled need (brief s69-n, a false met risk): stop 50
closed "SN visit:" alone, yet "Skilled nursing visit today." met HHC-002 by its title spelled out.
The visit takes the same guard as "SN visit": it counts with a frequency or what it is for. A
G-tube's site care is the tube care the reader already knew (DY/homehealth-03's need line, which
the visit titles had stood in for).
"""

from __future__ import annotations

import pytest
from stated_findings import found


def _skilled(text: str) -> bool:
    return any(f.asserted for f in found(text, "skilled-need"))


@pytest.mark.parametrize(
    "text",
    [
        "Skilled nursing visit today.",
        "Skilled nursing visit 3/2: vitals stable.",
        "Skilled nursing visit: pt doing well, no complaints.",
        "Skilled nursing visit completed, pt tolerated well.",
        "Last skilled nursing visit was uneventful.",
        "Skilled therapy visit today.",
        "Skilled nurse visit - BP 130/80, no edema.",
        "Skilled nursing visits x2 last month.",
        "SN visit today - no concerns.",
    ],
)
def test_a_skilled_visit_named_alone_is_no_need(text: str) -> None:
    assert not _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Skilled nursing visit for wound packing R heel.",
        "SN 2w4 for CHF assessment.",
        "Skilled nursing visits 2x/wk for CHF teaching.",
        "Skilled nursing visits weekly x 4 wks.",
        "Skilled nursing visits to assess cardiopulmonary status.",
        "Pt requires skilled nursing.",
        "Needs skilled nursing visits for CHF teaching.",
        "Needs RN for G-tube site care, feeding tolerance assessment, wt checks.",
    ],
)
def test_skilled_visits_for_a_need_still_count(text: str) -> None:
    assert _skilled(text), text
