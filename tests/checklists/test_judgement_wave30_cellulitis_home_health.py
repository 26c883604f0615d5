"""Cellulitis and abscess sent home on IV antibiotics or wound packing support home health.

Blind wave 30, DH/hh-01: skilled nursing (G0299) after a cellulitis admission, for IV cefazolin via
PICC and wound packing, was called unsupported (CSU-005) because L03.115 was not on
home-health-diagnoses, which already held the other infections home IV therapy treats (sepsis,
urinary tract and bone infections). Skin and soft-tissue infections, L02 and L03, are on it now;
a diagnosis with no home care need is still not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import record


def _pairing(reason: str) -> str:
    order = {"authoredOn": "2026-04-06", "occurrenceDateTime": "2026-04-10"}
    report = score_bundle(record("G0299", reason=reason, order=order), as_of=date(2026, 4, 9))
    return {i["id"]: i for i in report["items"]}["CSU-005"]["status"]


@pytest.mark.parametrize("reason", ["L03.116", "L03.311", "L02.416"])
def test_a_skin_and_soft_tissue_infection_supports_home_nursing(reason):
    assert _pairing(reason) == "met"


def test_a_diagnosis_without_a_home_care_need_still_does_not():
    assert _pairing("H52.13") == "missing"  # myopia
