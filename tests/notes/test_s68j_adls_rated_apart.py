"""Daily activities rated normal on a template line whose value stands apart from its name are no
ADL limitation (brief s68-j, a false met risk the fix sessions noted: "ADLs WNL" as a template
line). "ADLs: WNL" was read normal already; "ADLs ........ WNL" (a dot leader) and "ADLs:" with
"WNL" on the next line were not: the leader's dots cut the statement and the name alone read as
the limit. A value set apart that names a limit ("ADLs ........ needs min assist") still counts.
"""

from __future__ import annotations

import pytest
from stated_findings import found


def _limited(text: str) -> bool:
    return any(f.asserted and not f.normal for f in found(text, "adl-limitation"))


@pytest.mark.parametrize(
    "text",
    [
        "ADLs ........ WNL",
        "ADL's............................WNL",
        "ADLs . . . . WNL",
        "ADLs:\n  WNL",
        "ADLs:\nWNL\nTransfers:\nWNL",
        "ADLs/IADLs ........ within normal limits",
        "ADLs ........ independent",
        "Activities of daily living ....... WNL",
        "FUNCTIONAL STATUS\nADLs . . . . . . WNL\nAmbulation . . . . WNL",
    ],
)
def test_adls_rated_normal_apart_from_the_name_are_no_limit(text: str) -> None:
    assert not _limited(text), text


@pytest.mark.parametrize(
    "text",
    [
        "ADLs ........ needs min assist with bathing",
        "ADLs:\n  Needs help with bathing and dressing at home",
        "ADLs ........ impaired - needs help at home",
        "ADLs . . . . dependent for bathing",
        "Needs help with ADLs at home.",
    ],
)
def test_adls_limited_apart_from_the_name_still_count(text: str) -> None:
    assert _limited(text), text
