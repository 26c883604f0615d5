"""Diagnoses of children's motor development and lifelong gait disorders pair with their
services (blind wave 15): developmental coordination disorder (F82) supports occupational therapy
(AY/pt-04), spastic diplegic cerebral palsy (G80.1) a walker (AZ/wlk-02). Whole categories are
listed (all of G80, R62.5*), from the sources the lists name (OAC 5160-8-32's developmental
therapy, NCD 280.3's mobility deficit); a diagnosis the service does not treat still does not
pair."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


@pytest.mark.parametrize("code", ["F82", "F88", "R62.0", "R62.50", "G80.0", "G80.1", "G80.9"])
def test_developmental_and_cerebral_palsy_diagnoses_support_therapy(code):
    assert status(record("97530", reason=code), "CSU-005")["status"] == "met"


@pytest.mark.parametrize("code", ["G80.1", "G80.2", "G80.8", "G11.1", "G71.01", "Q05.7"])
def test_cerebral_palsy_and_other_lifelong_gait_disorders_support_a_walker(code):
    assert status(record("E0143", reason=code), "CSU-005")["status"] == "met"


@pytest.mark.parametrize(
    "service,code", [("97530", "F90.0"), ("97530", "R63.4"), ("E0143", "F82"), ("E0143", "F80.81")]
)
def test_a_diagnosis_the_service_does_not_treat_still_does_not_pair(service, code):
    # ADHD is not a motor disorder; a speech disorder or a coordination disorder needs no walker.
    assert status(record(service, reason=code), "CSU-005")["status"] == "missing"
