"""A steroid order whose own words say it went into a muscle is no prior knee injection for
hyaluronan (HYA-003), wherever on the order those words are written: the coded route, a
dosage's free text, or the order's comment (muscle_route.py). An order whose words name the
knee, or name no route, still counts. So is an order whose comment, or a note of its day, puts
the shot into another joint (listed_for.drug_elsewhere)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-05-04", "occurrenceDateTime": "2026-05-18"}
_VISIT = "R knee OA, walks 1 block. Plan: hyaluronan R knee series."


def _order(drug: str, dosage: str | None = None, comment: str | None = None) -> dict:
    resource: dict = {
        "resourceType": "MedicationRequest",
        "id": "rx1",
        "status": "completed",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": drug},
        "authoredOn": "2025-12-01",
    }
    if dosage:
        resource["dosageInstruction"] = [{"text": dosage}]
    if comment:
        resource["note"] = [{"text": comment}]
    return resource


def _hya003(resource: dict, *notes: dict) -> str:
    bundle = record("J7325", resource, *notes, _note("n1", "2026-05-04", _VISIT), reason="M17.11",
                    order=_ORDER)  # fmt: skip
    report = score_bundle(bundle, as_of=date(2026, 5, 6))
    return {i["id"]: i for i in report["items"]}["HYA-003"]["status"]


_KENALOG = "triamcinolone acetonide 40 MG/ML injectable suspension"


@pytest.mark.parametrize(
    ("drug", "dosage", "comment"),
    [
        (_KENALOG, None, "IM x1 for asthma flare"),
        (_KENALOG, "40 mg IM once", None),
        ("Kenalog-40 injection", "1 mL intramuscular x1", None),
        ("Depo-Medrol 80 mg/mL injectable suspension", None, "given in L gluteal, poison ivy"),
        (_KENALOG, None, "Given i.m. at urgent care (COPD exacerbation)"),
        ("methylprednisolone acetate 40 mg/mL injection", "80 mg into R deltoid", None),
        (_KENALOG, None, "60 mg intramuscularly for hives"),
    ],
)
def test_an_order_s_own_words_of_a_muscle_shot_make_no_joint_injection(
    drug: str, dosage: str | None, comment: str | None
) -> None:
    assert _hya003(_order(drug, dosage, comment)) != "met"


@pytest.mark.parametrize(
    ("drug", "dosage", "comment"),
    [
        (_KENALOG, None, None),
        (_KENALOG, "40 mg intra-articular R knee once", None),
        (_KENALOG, None, "R knee injection, tolerated well"),
        ("Kenalog-40 injection", "1 mL into right knee", "immediate relief"),
    ],
)
def test_an_order_with_no_muscle_named_still_counts(
    drug: str, dosage: str | None, comment: str | None
) -> None:
    assert _hya003(_order(drug, dosage, comment)) == "met"


@pytest.mark.parametrize(
    "comment",
    ["L shoulder subacromial", "for L shoulder bursitis", "R trochanteric bursa", "L wrist"],
)
def test_an_order_its_comment_places_in_another_joint_is_no_knee_injection(comment: str) -> None:
    assert _hya003(_order(_KENALOG, comment=comment)) != "met", comment


@pytest.mark.parametrize(
    "said",
    [
        "Kenalog 40 mg injected L shoulder subacromial today, tolerated.",
        "Steroid injection given in the left shoulder today (Kenalog 40).",
    ],
)
def test_an_order_its_day_s_note_places_in_another_joint_is_no_knee_injection(said: str) -> None:
    assert _hya003(_order(_KENALOG), _note("n0", "2025-12-01", said)) != "met", said


@pytest.mark.parametrize(
    "said",
    [
        "R knee injected with Kenalog 40 today.",
        "Kenalog 40 mg R knee today; L shoulder pain stable.",
    ],
)
def test_an_order_its_day_s_note_places_in_the_knee_still_counts(said: str) -> None:
    assert _hya003(_order(_KENALOG), _note("n0", "2025-12-01", said)) == "met", said
