"""Daily activities named without a limit are no ADL limitation (brief s68-o, a false met risk:
"Able to do ADLs", "ADLs reviewed" or a blank "ADLs:" label met a walker's functional deficits).
ADLs named with a limit, in the statement or on the label's next line, still count.
"""

from __future__ import annotations

import pytest
from stated_findings import found


def _limited(text: str) -> bool:
    return any(f.asserted and not f.normal for f in found(text, "adl-limitation"))


@pytest.mark.parametrize(
    "text",
    [
        "Able to do ADLs.",
        "Performs ADLs at home.",
        "Does own ADLs.",
        "ADLs reviewed.",
        "ADLs:",
        "ADLs:\nTransfers: independent",
        "Pt does all ADLs at home.",
        "Completes IADLs.",
        "Activities of daily living discussed with patient.",
        "ADL's assessed today.",
    ],
)
def test_adls_named_alone_are_no_limit(text: str) -> None:
    assert not _limited(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Needs help with ADLs.",
        "Unable to complete ADLs.",
        "Min assist ADLs.",
        "ADLs limited by pain.",
        "Dependent for ADLs.",
        "ADLs painful after 10 minutes.",
        "ADLs impaired.",
        "ADLs:\n  Impaired",
        "ADLs: requires setup and cues.",
        "ADLs take twice as long; requires rest breaks.",
    ],
)
def test_adls_named_with_a_limit_still_count(text: str) -> None:
    assert _limited(text), text
