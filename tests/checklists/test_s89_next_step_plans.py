"""An epidural the plan puts on the present care's failure is LMRI-007's plan (brief
s89-lmri-plans, blind wave 104, OI/lmri-03): "PT starting 4/15; if persistent after PT consider
ESI." names the next step and its condition (next_steps.py). Not an epidural only talked about,
inside the condition ("If no better after ESI, ..."), had and failed (the leg once took an
epidural stated as fact under the plan), another region's, a relative's, the payer's example,
refused, or outside the window.
"""

from __future__ import annotations

import pytest

# The same LMRI-007 record as the elided-subject plans: one A/P line varied.
from .test_s89_guided_by_the_study import _lmri007


@pytest.mark.parametrize(
    "plan",
    [
        # OI/lmri-03
        "L radiculopathy. P: MRI now per pt request to 'see what's going on'; PT starting 4/15; "
        "if persistent after PT consider ESI.",
        "L radiculopathy. MRI L-spine. ESI if no better after PT.",
        "L radiculopathy. MRI L-spine. If no improvement with PT, will refer for ESI.",
        "L radiculopathy. MRI L-spine. If pain persists -> ESI.",
        "L radiculopathy. MRI L-spine. PT then ESI if persistent.",
    ],
)
def test_an_epidural_on_the_care_s_failure_is_the_next_step(plan: str) -> None:
    assert _lmri007(plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        # Only talked about, with no condition.
        "L radiculopathy. MRI L-spine. Consider ESI.",
        "L radiculopathy. MRI L-spine. May need ESI eventually.",
        "L radiculopathy. MRI L-spine. Discussed ESI; pt will think about it.",
        # Inside the condition: the epidural is the care that failed.
        "L radiculopathy. MRI L-spine. If no better after ESI, will see.",
        # Had and failed (the leg once took an epidural stated as fact under the plan).
        "L radiculopathy. MRI L-spine. Had ESI in January, failed.",
        "L radiculopathy. MRI L-spine. s/p ESI x2 without relief.",
        # Another region's.
        "L radiculopathy. MRI L-spine. Cervical ESI if neck pain persists.",
        # A relative's.
        "L radiculopathy. MRI L-spine. Mother had ESI if pain persisted.",
        # The payer's example restated.
        "L radiculopathy. MRI L-spine. CareSource requires documentation of plan, e.g. ESI if "
        "persistent.",
        # Refused.
        "L radiculopathy. MRI L-spine. Pt declines ESI even if pain persists.",
    ],
)
def test_the_near_misses_of_a_next_step_stay_missing(plan: str) -> None:
    assert _lmri007(plan) != "met"


def test_a_next_step_outside_the_window_stays_missing() -> None:
    plan = "L radiculopathy. MRI L-spine. PT; if persistent after PT consider ESI."
    assert _lmri007(plan, when="2025-12-01") != "met"
