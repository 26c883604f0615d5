"""The T-SPOT.TB interferon-gamma release assay is a TB screening (blind wave 72,
JO/injectable-infliximab-03).

"TB: T-SPOT.TB negative 7/21/2026" in a GI note was not read: the vocabulary's "t-spot.tb" phrase
never lined up with the tokens a note's "T-SPOT.TB" is cut into, so INF-003 (the infliximab
label's TB test before treatment) was called missing. Notes write the assay "T-SPOT.TB",
"T.SPOT.TB", "TSPOT", "T spot"; a lab result may carry only its LOINC code (71773-6, the IGRA's
interpretation). A test still to draw, a relative's, or one of 2024 is no screening now.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

AS_OF = date(2026, 8, 24)


def _tb_status(*resources: dict) -> str:
    bundle = record(
        "J1745",
        *resources,
        reason="K51.011",
        order={"authoredOn": "2026-08-10", "occurrenceDateTime": "2026-09-01"},
    )
    report = score_bundle(bundle, as_of=AS_OF)
    return {i["id"]: i for i in report["items"]}["INF-003"]["status"]


def _said(text: str) -> str:
    return _tb_status(_note("n1", "2026-08-10", text))


@pytest.mark.parametrize(
    "text",
    [
        "A/P: UC, steroid-dependent. TB: T-SPOT.TB negative 7/21/2026. Start infliximab.",
        "T.SPOT.TB: negative (drawn 7/21/26).",
        "TSPOT neg 7/2026.",
        "Pre-biologic labs: T spot TB negative 7/21/26, HBsAg neg.",
        "Tspot.TB - nonreactive 07/21/2026",
        "Latent TB screen: T-SPOT result negative (7/21/26).",
    ],
)
def test_a_tspot_result_is_a_tb_screening(text: str) -> None:
    assert _said(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Will draw T-SPOT.TB before starting infliximab.",
        "T-SPOT.TB ordered today, pending.",
        "Husband had a positive T-SPOT.TB last year.",
        "T-SPOT.TB negative 3/2024.",
    ],
)
def test_a_tspot_not_resulted_now_is_none(text: str) -> None:
    assert _said(text) != "met", text


def test_an_igra_coded_only_by_loinc_counts() -> None:
    igra = {
        "resourceType": "Observation",
        "id": "obs",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "71773-6"}]},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-07-21",
        "valueCodeableConcept": {"text": "Negative"},
    }
    assert _tb_status(igra) == "met"


def test_the_mitogen_control_alone_is_no_tb_result() -> None:
    mitogen = {
        "resourceType": "Observation",
        "id": "obs",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "71774-4"}]},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-07-21",
        "valueQuantity": {"value": 9.8, "unit": "IU/mL"},
    }
    assert _tb_status(mitogen) != "met"
