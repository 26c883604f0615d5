"""A medication list line whose dash remark stops the drug, with when or why, keeps it: "Insulin
glargine - d/c 2023" is insulin stopped, not insulin in use (blind wave 50, GH/cgm-02); a list cut
at every spaced dash left the drug alone as a current one. "HTN - stopped PT" keeps its cut."""

from __future__ import annotations

import pytest
from stated_findings import stated


@pytest.mark.parametrize(
    "text",
    ["Meds: metformin, semaglutide 1 mg. Insulin glargine - d/c 2023.",
     "Medications: Lantus 20 u - stopped in March, metformin 1 g BID.",
     "Insulin glargine d/c 2023."],
)  # fmt: skip
def test_insulin_stopped_on_a_list_is_not_insulin_in_use(text: str) -> None:
    assert not stated(text, "insulin-treated")


def test_insulin_on_a_list_without_a_stop_still_is() -> None:
    assert stated("Meds: metformin, Lantus 20 u qhs - adjusts per CGM.", "insulin-treated")


def test_a_stop_naming_other_care_keeps_the_cut() -> None:
    assert stated("Problems: HTN - stopped PT", "physical-therapy")
