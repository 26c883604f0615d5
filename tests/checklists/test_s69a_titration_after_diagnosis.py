"""A diagnosis of OSA is no reason for an attended titration by itself (SLEEP-005; session s69-a,
blind wave 74, JS/sleep-studies-03, narrowed by s72-w1, blind wave 81, KZ/slp-03). 95811 is also
the split-night study that makes the diagnosis: the undated G47.33 a first work-up's order points
to gives no reason, and since wave 81 neither does a diagnosis dated before the order, a note
telling of one, an earlier study or its index: uncomplicated OSA is titrated with APAP at home
(AASM 2019). PAP tried and not tolerated, or a comorbidity, is the reason."""

from __future__ import annotations

from typing import Any

import pytest

from .test_judgement import ICD10, _note, record, status

#: A first work-up with no reason a home test will not do (JS/sleep-studies-03's note).
WORK_UP = (
    "Office visit (in person). Snoring for years per husband, witnessed apneas, ESS 12. Healthy"
    " otherwise, no heart/lung dz, no neuromuscular dz, no opioids. BMI 31. Plan: in-lab"
    " split-night PSG."
)


def _osa(**dates: str) -> dict[str, Any]:
    return {
        "resourceType": "Condition",
        "id": "osa",
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "verificationStatus": {"coding": [{"code": "confirmed"}]},
        "code": {"coding": [{"system": ICD10, "code": "G47.33"}]},
        "subject": {"reference": "Patient/p"},
        **dates,
    }


def _reason_for(*resources: dict[str, Any], text: str = WORK_UP) -> str:
    """SLEEP-005 for a 95811 ordered 2026-02-25 for the Condition ``osa``."""
    order = {"reasonCode": [], "reasonReference": [{"reference": "Condition/osa"}]}
    bundle = record("95811", _note("n1", "2026-02-25", text), *resources, order=order)
    return status(bundle, "SLEEP-005")["status"]


@pytest.mark.parametrize(
    "dates",
    [
        {},  # the order's own reason, undated (JS/sleep-studies-03)
        {"recordedDate": "2026-02-25"},  # recorded the day it was ordered
        {"onsetDateTime": "2026-02"},  # a month that may be the order's own day
    ],
)
def test_the_orders_own_diagnosis_is_no_earlier_one(dates: dict[str, str]) -> None:
    assert _reason_for(_osa(**dates)) != "met"


@pytest.mark.parametrize(
    "dates",
    [{"onsetDateTime": "2024-05-02"}, {"recordedDate": "2026-01-20"}, {"onsetDateTime": "2025"}],
)
def test_a_diagnosis_dated_before_the_order_is_no_reason_alone(dates: dict[str, str]) -> None:
    assert _reason_for(_osa(**dates)) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "OSA dx'd on PSG 2024. Now for CPAP titration study.",
        "Known OSA, on CPAP since 2022; pressure recheck needed.",
    ],
)
def test_a_note_telling_of_an_earlier_diagnosis_is_no_reason_alone(text: str) -> None:
    assert _reason_for(_osa(), text=text) != "met"


def test_pap_not_tolerated_is_the_reason() -> None:
    text = "OSA. CPAP not tolerated after 3 weeks: claustrophobia."
    assert _reason_for(_osa(), text=text) == "met"


def test_an_earlier_study_on_record_is_no_reason_alone() -> None:
    study = {
        "resourceType": "Procedure",
        "id": "psg",
        "status": "completed",
        "code": {"text": "Polysomnography"},
        "subject": {"reference": "Patient/p"},
        "performedDateTime": "2025-11-03",
    }
    assert _reason_for(_osa(), study) != "met"


def test_a_split_night_as_the_first_test_still_needs_its_reason() -> None:
    text = WORK_UP.replace("Healthy otherwise", "HFrEF EF 25%, in-lab PSG because of CHF")
    assert _reason_for(_osa(), text=text) == "met"  # the comorbidity is the reason, not the OSA
