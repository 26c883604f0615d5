"""Two readings the lead suspected (s46-d), confirmed on records of our own.

- "APAP" in sleep medicine is the auto-titrating PAP: a sleep clinic's "on APAP 6-16 cm H2O"
  is no acetaminophen trial for a knee's three months of conservative care (HYA-002), and an
  OSA plan's "start APAP trial" is a PAP plan (CPAP-005). Beside a dose it stays the drug.
- OXY-004: the oxygen prescription's length of need (CMS-484) is a named length of need or the
  prescription's own duration, not any "N months" in the note ("dx 6 months ago", "f/u in 3
  months").
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

KNEE = (
    "Left knee OA, KL 3 on standing films. Began a home exercise program 3 weeks ago, still "
    "painful on stairs. Plan: HA injection left knee."
)


def _knee_care(earlier: str) -> str:
    bundle = record(
        "J7325", _note("s0", "2025-10-20", earlier), _note("s1", "2026-02-18", KNEE),
        reason="M17.12",
    )  # fmt: skip
    return status(bundle, "HYA-002")["status"]


def test_a_sleep_clinic_s_apap_is_no_analgesic_trial_for_the_knee() -> None:
    sleep = "Sleep clinic f/u: OSA on APAP 6-16 cm H2O, used 7 h/night, residual AHI 1.5."
    assert _knee_care(sleep) != "met"


def test_apap_with_its_dose_is_still_the_knee_s_analgesic_trial() -> None:
    assert _knee_care("Left knee pain. Takes APAP 500 mg 2 tabs BID, modest relief.") == "met"


@pytest.mark.parametrize(
    "plan",
    ["Plan: start APAP trial.", "Plan: order APAP.", "Plan: APAP, recheck usage in 6 weeks."],
)
def test_an_apap_order_in_an_osa_plan_is_a_pap_plan(plan: str) -> None:
    text = "Sleep visit. Home sleep test 2/9/26: AHI 26, nadir SpO2 83%. Moderate OSA. " + plan
    bundle = record(
        "E0601", _note("s1", "2026-02-20", text), reason="G47.33", order_type="DeviceRequest"
    )
    assert status(bundle, "CPAP-005")["status"] == "met"


def _oxygen(text: str) -> str:
    bundle = record(
        "E1390", _note("s1", "2026-02-20", text), reason="J44.1", order_type="DeviceRequest"
    )
    return status(bundle, "OXY-004")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: emphysema, dx 8 months ago. Home O2 3 L/min NC. Recheck in 2 months.",
        "Plan: start oxygen at 1.5 lpm via cannula. RTC 4 mo.",
        "Plan: O2 2 L/min NC, follow up in 6 months with PFTs.",
    ],
)
def test_a_diagnosis_age_or_follow_up_interval_is_no_length_of_need(text: str) -> None:
    assert _oxygen(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "Plan: Home O2 3 L/min NC, 6 mo, then repeat walk test.",
        "Plan: O2 2 L/min by cannula. She will need the oxygen for 9 months.",
        "Rx: oxygen 2 lpm NC x 12 mo.",
        "Plan: oxygen 2 L/min. Duration: 12 months.",
        "Plan: oxygen 2 L/min via NC. LON: 12 months.",
    ],
)
def test_a_named_length_of_need_or_the_prescription_s_duration_counts(text: str) -> None:
    assert _oxygen(text) == "met"
