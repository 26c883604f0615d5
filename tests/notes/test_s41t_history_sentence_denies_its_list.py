"""A history sentence opening with a denial denies each item it lists.

Blind wave 45, FM/cpap-02: "PMH: none. No h/o HTN, stroke, or heart disease." was cut at its
commas as a list, so "stroke" lost its "No h/o" and met the CPAP comorbidity (NCD 240.4, AHI
5-14). A history list with no denial still lists each item.
"""

from __future__ import annotations

import pytest
from stated_findings import stated as _stated


@pytest.mark.parametrize(
    "text",
    [
        "PMH: none. No hx of HTN, CVA, or MI.\nP: sleep study.",
        "Past medical history: Denies HTN, CVA or CAD.",
    ],
)
def test_history_sentence_opening_with_a_denial_denies_each_item(text: str) -> None:
    assert not _stated(text, "ncd-symptoms")


def test_history_list_without_a_denial_still_lists_each_item() -> None:
    stated = _stated("PMH: GERD, HTN, CVA 2019.", "ncd-symptoms")
    assert "HTN" in stated and "CVA" in stated
