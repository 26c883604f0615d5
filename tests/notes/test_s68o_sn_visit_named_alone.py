"""A nurse's visit named alone is no skilled need (brief s68-o, a false met risk): "SN visit:
inhaler technique observed, O2 safety checked" is a visit held and the skill it found mastered,
yet "SN visit" met HHC-002. The visits ordered, with a frequency or what they are for, still name
the need.
"""

from __future__ import annotations

import pytest
from stated_findings import found


def _skilled(text: str) -> bool:
    return any(f.asserted for f in found(text, "skilled-need"))


@pytest.mark.parametrize(
    "text",
    [
        "SN visit: inhaler technique observed, O2 safety checked.",
        "SN visit today.",
        "SN visit: vitals stable, lungs clear.",
        "SN visit 3/2: COPD action plan reviewed.",
        "SN visit - BP 130/80, no edema.",
        "SN visits x2 last month.",
        "Last SN visit was uneventful.",
        "SN visit completed, pt tolerated well.",
    ],
)
def test_a_nurse_visit_named_alone_is_no_need(text: str) -> None:
    assert not _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "SN visits 2x/wk for med management and CHF teaching.",
        "SN visits weekly x 4 wks.",
        "SN visits 2w4 to assess cardiopulmonary status.",
        "SN visits to assess CHF and teach low-sodium diet.",
        "SN visit: wound packing R heel.",
    ],
)
def test_nurse_visits_ordered_for_a_need_still_count(text: str) -> None:
    assert _skilled(text), text
