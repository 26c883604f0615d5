"""A complication of a joint prosthesis or orthopedic device supports home health (CSU-005).

Blind wave 88, LY/home-health-03 (brief s75-e): home health PT (G0151) after a manipulation under
anesthesia for arthrofibrosis after a total knee, ordered for T84.82XD (fibrosis due to internal
orthopedic prosthetic devices, subsequent encounter) alone, was called unsupported because no T84
code was on home-health-diagnoses, though joint replacement aftercare (Z47.1, Z96.65-) was. The
complications of internal joint prostheses and orthopedic devices, T84.0-T84.8, are on it now,
whatever the encounter character (as S72 and T81.4 are); an unspecified complication (T84.9) and
a diagnosis with no home care need are still not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import record


def _pairing(code: str, reason: str) -> str:
    order = {"authoredOn": "2026-04-06", "occurrenceDateTime": "2026-04-10"}
    report = score_bundle(record(code, reason=reason, order=order), as_of=date(2026, 4, 9))
    return {i["id"]: i for i in report["items"]}["CSU-005"]["status"]


@pytest.mark.parametrize(
    "reason",
    [
        "T84.82XD",  # fibrosis due to the prosthesis (arthrofibrosis after TKA), LY/home-health-03
        "T84.84XD",  # pain due to the prosthesis
        "T84.032D",  # mechanical loosening of internal right knee prosthetic joint
        "T84.021D",  # dislocation of internal right hip prosthesis
        "T84.040D",  # periprosthetic fracture around internal prosthetic right hip joint
        "T84.116D",  # breakdown of internal fixation device of bone of right lower leg
        "T84.53XD",  # infection due to internal right knee prosthesis
        "T84.53XA",  # ... under active treatment (IV antibiotics at home)
        "T84.7XXD",  # infection due to other internal orthopedic devices
        "T84.86XD",  # thrombosis due to internal orthopedic devices
    ],
)
def test_a_prosthesis_or_orthopedic_device_complication_supports_home_health(reason):
    assert _pairing("G0151", reason) == "met"
    assert _pairing("G0299", reason) == "met"


@pytest.mark.parametrize(
    "reason",
    [
        "T84.9XXD",  # an unspecified complication names nothing to treat
        "H52.13",  # myopia
        "L70.0",  # acne
    ],
)
def test_an_unrelated_or_unspecified_diagnosis_still_does_not(reason):
    assert _pairing("G0151", reason) == "missing"
