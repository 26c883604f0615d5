"""A retest of diagnosed OSA after bariatric surgery documents its own reason (blind wave 74).

JV/sleep-03: "s/p sleeve gastrectomy 11/2025, lost 62 lb (BMI 41 -> 32). Wife says snoring is
mostly gone ... Plan: repeat HST off CPAP." SLEEP-001 asked for snoring, apneas or sleepiness,
and the weight loss that the retest is for had taken them away (AASM practice parameters for
polysomnography: a follow-up study after a substantial weight loss judges whether PAP is still
needed). The surgery must be had, as the chart codes it (bariatric surgery status Z98.84 or the
operation's Procedure), and the OSA known: a planned surgery, a surgery told only in a note, or a
first study with no OSA on the chart, still needs the symptoms.
"""

from __future__ import annotations

import pytest

from .test_judgement import ICD10, _note, record, status


def _condition(ident: str, code: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": ident,
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": ICD10, "code": code}]},
    }


def _sleeve(day: str, state: str = "completed") -> dict:
    return {
        "resourceType": "Procedure",
        "id": "sleeve",
        "status": state,
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "43775"}]},
        "performedDateTime": day,
    }


def _symptoms(text: str, *codes: str, surgery: dict | None = None) -> str:
    conditions = [_condition(f"c{i}", code) for i, code in enumerate(codes)]
    extra = [surgery] if surgery else []
    bundle = record("G0399", _note("n1", "2026-02-20", text), *conditions, *extra, reason="G47.33")
    return status(bundle, "SLEEP-001")["status"]


@pytest.mark.parametrize(
    ("text", "codes", "surgery"),
    [
        ("s/p sleeve gastrectomy 11/2025, lost 62 lb. Snoring mostly gone. Repeat HST off CPAP.",
         ("G47.33", "Z98.84"), None),
        ("Sleep f/u. Down 70 lb since surgery; no snoring per wife. Retest to see if CPAP still "
         "needed.", ("G47.33",), _sleeve("2025-06-10")),
        ("Post-bariatric f/u: weight down 25%, CPAP pressure feels too high. Plan repeat study.",
         ("G47.33", "Z98.84"), None),
        ("BMI 44 -> 31 since the sleeve. Wants to stop CPAP. Repeat HST.", ("G47.33",),
         _sleeve("2024-09-01")),
    ],
)
def test_a_retest_of_known_osa_after_bariatric_surgery_is_documented(
    text: str, codes: tuple[str, ...], surgery: dict | None
) -> None:
    assert _symptoms(text, *codes, surgery=surgery) == "met"


@pytest.mark.parametrize(
    ("text", "codes", "surgery"),
    [
        ("Sleeve gastrectomy planned for 5/2026. No snoring. HST ordered.", ("G47.33",), None),
        ("s/p sleeve gastrectomy 11/2025, lost 62 lb. No snoring. HST requested.", ("Z98.84",),
         None),
        ("Denies snoring, no witnessed apneas. HST requested.", ("G47.33",), None),
        ("Sleeve scheduled. No snoring. HST requested.", ("G47.33",),
         _sleeve("2026-04-01", "preparation")),
    ],
)
def test_a_planned_surgery_or_no_known_osa_still_needs_symptoms(
    text: str, codes: tuple[str, ...], surgery: dict | None
) -> None:
    assert _symptoms(text, *codes, surgery=surgery) != "met"
