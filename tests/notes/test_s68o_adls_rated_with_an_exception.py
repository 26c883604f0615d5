"""A good rating with an exception is no normal rating (brief s68-o, a false alarm): "ADLs: WNL
except bathing (needs help)" names the limit in its exception, and was read as ADLs within
normal. A rating without one ("ADLs WNL", "ADLs: independent") is still normal.
"""

from __future__ import annotations

import pytest
from stated_findings import found


def _limited(text: str) -> bool:
    return any(f.asserted and not f.normal for f in found(text, "adl-limitation"))


@pytest.mark.parametrize(
    "text",
    [
        "ADLs: WNL except bathing (needs help).",
        "ADLs: independent except dressing.",
        "ADLs: WNL except for showering",
        "ADLs WNL except LB dressing",
        "ADLs: within normal limits except tub transfers",
        "ADLs: independent other than tub transfers",
        "ADLs: WNL (except bathing)",
        "ADLs normal except putting on shoes",
    ],
)
def test_adls_rated_well_with_an_exception_are_limited(text: str) -> None:
    assert _limited(text), text


@pytest.mark.parametrize(
    "text",
    [
        "ADLs WNL",
        "ADLs: WNL.",
        "ADLs: independent.",
        "ADLs WNL; ambulation WNL",
        "Independent with ADLs.",
    ],
)
def test_adls_rated_well_without_one_are_normal(text: str) -> None:
    assert not _limited(text), text
