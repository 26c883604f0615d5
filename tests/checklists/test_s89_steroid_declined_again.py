"""HYA-003 is a gap when the knee's steroid injection was declined, then reconsidered and
declined again, and the only triamcinolone on file is a cream for the skin.

Blind wave 104, OI/hya-02: "Discussed corticosteroid injection - pt declined" (May), then "Med
list: triamcinolone 0.1% cream (for eczema). Reconsidered steroid injection - again declined."
(September) met HYA-003; the reviewer: "No intra-articular corticosteroid ever given: declined
twice; triamcinolone on med list is topical cream for eczema."
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_s54c_knee_steroid_history import _steroid_history


@pytest.mark.parametrize(
    "hpi",
    [
        "Discussed R knee corticosteroid injection - pt declined. Med list: triamcinolone 0.1% "
        "cream (for eczema). Reconsidered steroid injection - again declined.",
        "CSI R knee re-offered today - pt again refuses.",
        "Steroid injection R knee discussed again, still declines.",
        "R knee cortisone shot offered twice, declined both times.",
        "Triamcinolone 0.1% cream to R knee rash BID. Steroid injection R knee: declined x2.",
    ],
)
def test_an_injection_declined_again_stays_a_gap(hpi: str) -> None:
    assert _steroid_history(hpi) == "missing"


@pytest.mark.parametrize(
    "hpi",
    [
        "Declined PT but had R knee steroid injection 3/2026.",
        "Had R knee CSI x2 (2025), declines third.",
        "R knee CSI 2/2026 helped briefly, again declined surgery.",
    ],
)
def test_an_injection_had_before_a_refusal_still_counts(hpi: str) -> None:
    assert _steroid_history(hpi) == "met"


def _with_medication(name: str, route: str | None) -> str:
    """HYA-003 for a right-knee series with one MedicationStatement of ``name`` on file."""
    statement = {
        "resourceType": "MedicationStatement", "id": "m1", "status": "active",
        "subject": {"reference": "Patient/p"}, "effectiveDateTime": "2026-05-01",
        "medicationCodeableConcept": {"text": name},
        **({"dosage": [{"route": {"text": route}}]} if route else {}),
    }  # fmt: skip
    text = "HPI: 70F R knee OA, can't do stairs.\nA/P: R knee OA. Durolane R knee."
    bundle = record("J7318", _note("n1", "2026-09-08", text), statement, reason="M17.11",
                    order={"authoredOn": "2026-09-08", "code": {"coding": [{
                        "system": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                        "code": "J7326"}]}})  # fmt: skip
    report = score_bundle(bundle, service="J7326", as_of=dt.date(2026, 9, 10))
    return {i["id"]: i for i in report["items"]}["HYA-003"]["status"]


@pytest.mark.parametrize(
    ("name", "route"),
    [
        ("triamcinolone acetonide 0.1% cream", None),
        ("triamcinolone 0.1% ointment", "topical"),
        ("Kenalog 0.1% cream (for eczema)", "Topical"),
    ],
)
def test_a_steroid_cream_on_the_med_list_is_no_joint_injection(
    name: str, route: str | None
) -> None:
    assert _with_medication(name, route) == "missing"


def test_a_steroid_injected_into_the_knee_is_one() -> None:
    drug = "triamcinolone acetonide 40 mg/mL injection R knee"
    assert _with_medication(drug, "intra-articular") == "met"
