"""An attended titration (95811) needs a reason auto-PAP at home will not do (SLEEP-005; brief
s72-w1, blind wave 81, KZ/slp-03: "HSAT REI 32. Will schedule in-lab CPAP titration per
protocol" was met on the diagnosis alone). Uncomplicated OSA found on a home test is titrated
with APAP at home (AASM 2019 PAP guideline; Carelon sleep guidelines): the reason is APAP that
failed or was not tolerated, or a comorbidity that rules it out (heart failure, COPD or
hypoventilation, opioids, neuromuscular disease, central apnea), told before or after the study.
"""

from __future__ import annotations

import pytest

from .test_s69a_titration_after_diagnosis import _osa, _reason_for

_EARLIER = {"onsetDateTime": "2026-01-20"}


@pytest.mark.parametrize(
    "text",
    [
        "Phone f/u: HSAT REI 32. Will schedule in-lab CPAP titration per protocol.",
        "HST 1/18: AHI 28, moderate OSA. Plan: attended CPAP titration.",
        "S: known OSA dx 2024 (PSG AHI 22). P: 95811 titration study.",
        "A/P: severe OSA on HSAT (REI 41) -> in-lab titration.",
        "Moderate OSA. Titration PSG ordered, standard pathway.",
        "OSA confirmed on home study; needs PAP titration in lab.",
        "HSAT c/w mod OSA, REI 24, no comorbidities. Order attended titration.",
        "No COPD, no CHF, no opioids -> in-lab titration per protocol.",
        "Sleep med: OSA. BiPAP titration night requested per lab routine.",
    ],
)
def test_a_titration_after_a_diagnosis_alone_has_no_reason(text: str) -> None:
    assert _reason_for(_osa(**_EARLIER), text=text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "HSAT REI 32. Comorbid COPD on 2L O2 at night -> needs attended titration, not APAP.",
        "Severe OSA w/ central component + possible OHS. Needs attended titration.",
        "Serum bicarb 31, concern for obesity hypoventilation. In-lab titration.",
        "HFrEF EF 25%, so in-lab titration.",
        "On methadone 80 mg daily -> attended PSG with CPAP titration.",
        "APAP x 8 wks: residual AHI 18, large leak, not tolerated. In-lab titration.",
        "Tried auto-CPAP, could not tolerate it. Attended titration.",
        "ALS with FVC 55% -> needs in-lab bilevel titration.",
    ],
)
def test_a_titration_with_its_reason_is_met(text: str) -> None:
    assert _reason_for(_osa(**_EARLIER), text=text) == "met"
