"""A lumbar MRI plan that turns on endplate (Modic) changes says what the result decides, as
"if HNP" does (LMRI-007; blind wave 51, GL/lmri-03: "if Modic changes/endplate -> refer spine for
basivertebral nerve ablation eval; otherwise continue HEP").
"""

from __future__ import annotations

import pytest

from .test_s45b_arthroplasty_vs_nonop import _status


@pytest.mark.parametrize(
    "text",
    [
        "Plan: MRI L-spine; if endplate edema -> spine consult for ablation; else HEP.",
        "Plan: lumbar MRI w/o; if Modic type 1 changes, refer for basivertebral ablation eval.",
    ],
)
def test_an_mri_plan_turning_on_endplate_changes_says_what_it_decides(text: str) -> None:
    assert _status("72148", "M54.50", text, "LMRI-007") == "met", text
