"""A PAP order's pressure parameters are its settings (CPAP-005; brief s72-e): a FHIR R4
DeviceRequest.parameter coded "Pressure min" valueQuantity 5 cm[H2O] (UCUM writes the unit in
brackets), "IPAP" 14 cm[H2O], "Pressure" 10 with no unit, or a valueRange 4 to 12. Not a blood
pressure, a pressure out of a PAP's 4-25 cm H2O, nor another order's parameters."""

from __future__ import annotations

import pytest

from smartapp.evidence.orders import order_of
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_UCUM = {"unit": "cm[H2O]", "system": "http://unitsofmeasure.org", "code": "cm[H2O]"}


def _settings(*parameters: dict) -> bool:
    """Whether the PAP settings are read from a DeviceRequest with ``parameters``."""
    resource = {"resourceType": "DeviceRequest", "id": "d1", "parameter": list(parameters)}
    text = order_of(resource, "DeviceRequest/d1", {}).free_text
    found = find_findings([NoteInput("DeviceRequest/d1", text)])
    return any(
        f.category == "treatment-plan" and f.concept == "pap-settings" and not f.negated
        for f in found
    )


def _named(name: str, **value: object) -> dict:
    return {"code": {"text": name}, **value}


@pytest.mark.parametrize(
    "parameters",
    [
        [_named("Pressure min", valueQuantity={"value": 5, **_UCUM})],
        [_named("Pressure max", valueQuantity={"value": 15, **_UCUM})],
        [_named("IPAP", valueQuantity={"value": 14, **_UCUM})],
        [_named("CPAP pressure", valueQuantity={"value": 10, **_UCUM})],
        [_named("Pressure", valueQuantity={"value": 10})],
        [_named("Pressure", valueRange={"low": {"value": 4, **_UCUM}, "high": {"value": 12}})],
        [_named("Fixed pressure", valueQuantity={"value": 9, "unit": "cmH2O"})],
        [_named("Set pressure", valueInteger=8)],
        [
            {
                "code": {
                    "coding": [{"system": "urn:x", "code": "pmin", "display": "Min pressure"}]
                },
                "valueQuantity": {"value": 6},
            }
        ],
        [_named("Mode", valueCodeableConcept={"text": "Auto-CPAP"})],
    ],
)
def test_a_pap_orders_pressure_parameters_are_its_settings(parameters: list) -> None:
    assert _settings(*parameters)


@pytest.mark.parametrize(
    "parameters",
    [
        [_named("Blood pressure", valueQuantity={"value": 90, "unit": "mm[Hg]"})],
        [_named("Pressure", valueCodeableConcept={"text": "120/80"})],
        [_named("Quantity", valueQuantity={"value": 1})],
        [_named("Length of need", valueQuantity={"value": 99, "unit": "months"})],
        [_named("Flow rate", valueQuantity={"value": 2, "unit": "L/min"})],
        [_named("Pressure", valueQuantity={"value": 40, "unit": "mm[Hg]"})],
        [_named("Pressure relief", valueCodeableConcept={"text": "gel cushion"})],
        [_named("Tire pressure", valueQuantity={"value": 35, "unit": "psi"})],
    ],
)
def test_other_pressures_and_parameters_are_no_pap_settings(parameters: list) -> None:
    assert not _settings(*parameters)
