"""HYA-003 reads the knee's steroid injection history, not its last two years.

LCD L39529 asks for a failed intra-articular corticosteroid injection, not a recent one. Blind
wave 57, HF/ha-knee-02 ("Steroid injections L knee 2023, 2024 x2 - each ~2 mo relief" before a
repeat series of 9/2026) was called missing: the statement's date is its first year, 2023,
outside a 730-day window. No reviewer has called a knee injection too old; the gaps they label
are injections never given, given to another joint or side, or declined, and stay gaps.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _steroid_history(hpi: str) -> str:
    """HYA-003 for a right-knee hyaluronan series ordered 2026-09-08."""
    text = f"HPI: 70F R knee OA, can't do stairs. {hpi}\nA/P: R knee OA. Durolane R knee."
    bundle = record("J7318", _note("n1", "2026-09-08", text), reason="M17.11",
                    order={"authoredOn": "2026-09-08", "code": {"coding": [{
                        "system": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                        "code": "J7326"}]}})  # fmt: skip
    report = score_bundle(bundle, service="J7326", as_of=dt.date(2026, 9, 10))
    return {i["id"]: i for i in report["items"]}["HYA-003"]["status"]


@pytest.mark.parametrize(
    "hpi",
    [
        "Steroid injections R knee 2022, 2023 x2 - each ~2 mo relief.",
        "R knee cortisone shot 3/2021 helped about 6 weeks.",
        "Kenalog 40 mg R knee IA injection in 2019 with brief benefit.",
        "s/p R knee CSI x3 (2020-2022), diminishing relief.",
    ],
)
def test_an_old_steroid_injection_of_the_knee_is_its_history(hpi: str) -> None:
    assert _steroid_history(hpi) == "met"


@pytest.mark.parametrize(
    "hpi",
    [
        "Steroid injection L knee 2021 helped ~2 months.",
        "R shoulder cortisone shot 2020, helped.",
        "Offered R knee cortisone injection in 2021 - declined.",
        "Mother had knee cortisone shots in 2019.",
    ],
)
def test_another_joint_declined_or_family_stays_a_gap(hpi: str) -> None:
    assert _steroid_history(hpi) != "met"
