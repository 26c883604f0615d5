"""A refusal in the present tense before the care denies it as "declined" does.

Blind wave 45, FP/cgm-02: "Declines insulin today" met CGM-001 (insulin treatment, LCD L33822);
"declines", "refuses" and "is declining" before the drug say the patient is not on it.
"""

from __future__ import annotations

import pytest
from stated_findings import stated as _stated


@pytest.mark.parametrize(
    "text",
    [
        "S: T2DM on metformin and sitagliptin. Refuses Toujeo for now, will revisit.",
        "Discussed basal insulin at length; patient is declining insulin at this time.",
        "Pt declines Lantus - afraid of needles.",
    ],
)
def test_care_refused_in_the_present_tense_is_no_insulin(text: str) -> None:
    assert not _stated(text, "insulin-treated")


def test_insulin_in_use_still_counts() -> None:
    assert _stated("On Toujeo 18 u nightly; declines a CGM for now.", "insulin-treated")
