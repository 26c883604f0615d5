"""Insulin stopped after a comma, and coverage criteria discussed with the patient, are no insulin
treatment nor hypoglycemia (blind wave 24, CH/cgm-02). A CGM for type 2 diabetes on metformin and
semaglutide met CGM-001 on 'Was on basal insulin (glargine 10u) briefly 2022-3/2023, stopped once
A1c <7' (the stop set off by a comma, and 'once' after it) and on 'discussed coverage criteria
(insulin use or problematic hypoglycemia)' (the payer's criteria named to the patient, not his
history). Insulin in use beside another drug stopped, and criteria the clinician says are met,
still count."""

from __future__ import annotations

import pytest

from .test_judgement_wave21_past_insulin import _cgm

BASE = "T2DM on metformin and Ozempic. Denies hypoglycemia. "


@pytest.mark.parametrize(
    "text",
    [
        "Was on basal insulin (glargine 10u) briefly 2022-3/2023, stopped once A1c <7.",
        "Lantus 12 u qHS 2021-2022, stopped once A1c at goal.",
        "Tried insulin glargine for 6 months in 2022, discontinued 1/2023.",
        "Pt requests CGM; discussed coverage criteria (insulin use or problematic hypoglycemia).",
        "Explained CareSource criteria: insulin treatment or level 2 hypoglycemia.",
    ],
)
def test_stopped_insulin_and_criteria_discussed_are_none(text: str) -> None:
    assert _cgm(BASE + text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "On Lantus 20 u qHS, stopped glipizide due to lows.",
        "Insulin glargine 18 u nightly, stopped metformin for GI upset.",
        "Discussed coverage criteria with pt; on Humalog with meals and Tresiba 30 u daily.",
    ],
)
def test_insulin_in_use_still_counts(text: str) -> None:
    assert _cgm(BASE + text) == "met"
