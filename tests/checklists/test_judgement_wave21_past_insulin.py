"""Insulin written as history, weaned off or to be restarted is no insulin treatment (blind wave
21, BW/cgm-02). A CGM for type 2 diabetes on metformin, semaglutide and glipizide met CGM-001 on
the order's own remark 'Hx insulin use.': the note says insulin was weaned off in 5/2021 and will
start again only 'If A1c remains >9 at next check'. 'Hx', 'h/o', 'history of', 'prior' or
'past' before the insulin, and 'weaned off', are past insulin (LCD L33822 asks for insulin
treatment now); insulin in use and one in-clinic low of 64 mg/dL (level 1, not the level 2 below
54 mg/dL) stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

METFORMIN = {
    "resourceType": "MedicationRequest",
    "id": "met",
    "status": "active",
    "intent": "order",
    "subject": {"reference": "Patient/p"},
    "medicationCodeableConcept": {"text": "metformin hydrochloride 1000 MG Oral Tablet"},
    "authoredOn": "2020-01-10",
}


def _cgm(text: str, *extra: dict, order_note: str | None = None) -> str:
    note = _note("n1", "2026-02-20", text)
    order = {"note": [{"text": order_note}]} if order_note else None
    bundle = record(
        "E2103", METFORMIN, note, *extra, reason="E11.65", order_type="DeviceRequest", order=order
    )
    report = score_bundle(bundle, as_of=date(2026, 3, 1))
    return {i["id"]: i for i in report["items"]}["CGM-001"]["status"]


def _glucose(ident: str, value: float) -> dict:
    return {
        "resourceType": "Observation",
        "id": ident,
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "2339-0"}]},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-02-18",
        "valueQuantity": {"value": value, "unit": "mg/dL"},
    }


@pytest.mark.parametrize(
    "remark",
    [
        "Uncontrolled T2DM, A1c 9.6. Hx insulin use.",
        "Hx of insulin use.",
        "H/o insulin 2021.",
        "History of insulin therapy after HHS.",
        "Prior insulin use (2021).",
        "Past insulin use.",
    ],
)
def test_insulin_written_as_history_is_no_insulin_treatment(remark: str) -> None:
    text = "T2DM on metformin. Not on insulin currently. One low of 64 in clinic today."
    assert _cgm(text, order_note=remark) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "Hx HHS 2021 -> glargine x3 mos then weaned off 5/2021. Metformin now.",
        "Weaned off insulin in 2021; metformin and Ozempic now.",
        "Glargine weaned off 05/2021 once on oral agents.",
        "Will restart insulin if A1c remains > 9 at next check.",
        "Restart basal insulin only if A1c >9 in 3 mos.",
    ],
)
def test_insulin_weaned_off_or_restarted_only_if_is_none(text: str) -> None:
    assert _cgm(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "History of T2DM on insulin glargine 20 u qHS.",
        "Hx T2DM, on Lantus 22 u nightly.",
        "Long history of insulin use; on Tresiba 30 u daily and Humalog with meals.",
        "Being weaned from insulin: glargine 10 u qHS for now.",
        "Restarted Lantus 2/1, now 20 u qHS.",
        "Resumed insulin glargine in January after the steroid course.",
    ],
)
def test_insulin_in_use_still_counts(text: str) -> None:
    assert _cgm(text) == "met"


def test_a_level_1_low_is_no_level_2_hypoglycemia() -> None:
    text = "T2DM on metformin. One low of 64 in clinic today, asymptomatic. No lows <54."
    assert _cgm(text, _glucose("g1", 64), _glucose("g2", 61)) != "met"
    assert _cgm(text, _glucose("g1", 52), _glucose("g2", 48)) == "met"
