"""A steroid shot into a muscle is no prior joint injection for hyaluronan (HYA-003): HCPCS J3301
and the drug's name code the same triamcinolone whether it goes into the knee or into the
buttock for an asthma flare. The record's route or site says which (muscle_route.py); a note's
"IM" beside the drug's name does too (notes/muscle_shots.py), and a form's ticked "failed
steroid" box then stands against a narrative that denies any knee injection (ticked_boxes.py)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-05-04", "occurrenceDateTime": "2026-05-18"}
_VISIT = "R knee OA, walks 1 block. Plan: hyaluronan R knee series."


def _shot(text: str, site: str | None, code: str = "J3301") -> dict:
    resource = {
        "resourceType": "Procedure",
        "id": "shot",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {
            "text": text,
            "coding": [{"system": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                        "code": code, "display": text}],
        },
        "performedDateTime": "2025-12-01",
    }  # fmt: skip
    if site:
        resource["bodySite"] = [{"text": site}]
    return resource


def _hya003(*resources: dict, visit: str = _VISIT) -> str:
    bundle = record(
        "J7325", *resources, _note("n1", "2026-05-04", visit), reason="M17.11", order=_ORDER
    )
    report = score_bundle(bundle, as_of=date(2026, 5, 6))
    return {i["id"]: i for i in report["items"]}["HYA-003"]["status"]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Triamcinolone acetonide 40 mg IM injection (asthma flare)", None),
        ("Injection, triamcinolone acetonide, per 10 mg", "Left gluteus"),
        ("Injection, triamcinolone acetonide, per 10 mg", "R deltoid"),
    ],
)
def test_a_coded_shot_into_a_muscle_is_no_joint_injection(text: str, site: str | None) -> None:
    assert _hya003(_shot(text, site)) != "met"


@pytest.mark.parametrize("site", ["Right knee", None])
def test_a_coded_shot_with_no_muscle_named_still_counts(site: str | None) -> None:
    assert _hya003(_shot("Injection, triamcinolone acetonide, per 10 mg", site)) == "met"


@pytest.mark.parametrize(
    "said",
    [
        "Had IM Kenalog at urgent care in Dec for asthma.",
        "Depo-Medrol 80 mg IM in Dec for poison ivy.",
        "Triamcinolone 60 mg given intramuscularly in Dec for hives.",
    ],
)
def test_a_note_s_shot_into_a_muscle_is_no_joint_injection(said: str) -> None:
    assert _hya003(visit=f"{said}\n{_VISIT}") != "met", said


@pytest.mark.parametrize(
    "said",
    [
        "Kenalog 40 R knee 12/1/25, relief 3 wks.",
        "Kenalog injection R knee in Dec, no relief. Kenalog IM for asthma in 2023.",
    ],
)
def test_a_note_s_knee_steroid_injection_still_counts(said: str) -> None:
    assert _hya003(visit=f"{said}\n{_VISIT}") == "met", said


def test_a_ticked_steroid_box_the_narrative_says_was_a_muscle_shot_is_no_injection() -> None:
    form = (
        "PA CHECKLIST\n[X] Failed corticosteroid (Kenalog 40 - 12/1/25)\n[X] Failed PT\n\n"
        "Narrative: Kenalog 40 was given IM for asthma in Dec. Never had a knee injection.\n"
    )
    assert _hya003(visit=_VISIT + "\n" + form) != "met"
