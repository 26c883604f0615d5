"""A walk test charted as components gives each as its own reading (probe class, session s62-j).

Epic and Oracle Health send walk-test oximetry and 6-minute walks as one Observation with no value
of its own and a component per condition. Read only at the top, the home-oxygen test (OXY-001)
was "found, but no value in range" though the exercise reading on room air was 86% (LCD L33797
Group I): a false missing. Each component is now its own reading with its own condition, so a
value on 2 L/min never qualifies as a room-air test, and a component of another measure (metres
walked, heart rate) is never a saturation.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.component_readings import component_readings
from smartapp.evidence.bundle import build_record
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_LOINC = "http://loinc.org"
_SPO2 = "59408-5"


def _part(text: str, value: float, code: str = "", unit: str = "%") -> dict:
    part: dict = {"code": {"text": text}, "valueQuantity": {"value": value, "unit": unit}}
    if code:
        part["code"]["coding"] = [{"system": _LOINC, "code": code}]
    return part


def _test(
    parts: list[dict], code: str = _SPO2, text: str = "Ambulatory oximetry", note: str = ""
) -> dict:
    obs = {
        "resourceType": "Observation",
        "id": "ox",
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": _LOINC, "code": code}], "text": text},
        "effectiveDateTime": "2026-03-03",
        "component": parts,
    }
    return {**obs, "note": [{"text": note}]} if note else obs


def _oxy_001(obs: dict) -> str:
    visit = _note("n1", "2026-03-03", "PULMONARY VISIT\nCOPD, dyspnea on exertion. Walk test done.")
    order = {"authoredOn": "2026-03-03", "occurrenceDateTime": "2026-03-16"}
    bundle = record("E1390", visit, obs, reason="J44.9", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 3, 10))
    return {i["id"]: i for i in report["items"]}["OXY-001"]["status"]


@pytest.mark.parametrize(
    "parts",
    [
        [
            _part("SpO2 at rest on room air", 93),
            _part("SpO2 with exercise on room air", 86),
            _part("SpO2 with exercise on 2 L/min", 92),
        ],
        [
            _part("Rest, room air", 93, _SPO2),
            _part("Exercise, room air", 86, _SPO2),
            _part("Exercise on 2L NC", 92, _SPO2),
        ],
        [
            _part("SpO2 at rest, RA", 93),
            _part("SpO2 ambulating, RA", 87),
            _part("Inhaled oxygen flow rate", 2, "3151-8", "L/min"),
            _part("SpO2 ambulating", 92),
        ],
        [
            _part("Distance walked", 280, unit="m"),
            _part("Heart rate", 88, unit="/min"),
            _part("SpO2 nadir on room air", 86, _SPO2),
        ],
        [_part("SpO2 nadir asleep on room air", 84), _part("SpO2 mean asleep on room air", 90)],
    ],
)
def test_a_qualifying_component_on_room_air_is_the_test(parts: list[dict]) -> None:
    assert _oxy_001(_test(parts)) == "met"


@pytest.mark.parametrize(
    ("parts", "note"),
    [
        ([_part("SpO2 at rest on room air", 93), _part("SpO2 exercise on 2 L", 87)], ""),
        ([_part("SpO2 at rest on room air", 95), _part("SpO2 exercise on room air", 91)], ""),
        ([_part("Inhaled oxygen flow rate", 2, "3151-8", "L/min"), _part("SpO2 exercise", 86)], ""),
        ([_part("SpO2 rest", 90), _part("SpO2 exercise", 86)], "Walk done on 2 L NC"),
        ([_part("SpO2 rest on O2", 90), _part("SpO2 exercise with supplemental oxygen", 86)], ""),
        ([_part("Distance walked", 86, unit="m"), _part("Heart rate", 88, unit="/min")], ""),
    ],
)
def test_a_component_on_oxygen_or_of_another_measure_does_not_qualify(
    parts: list[dict], note: str
) -> None:
    assert _oxy_001(_test(parts, note=note)) != "met"


def _readings(resource: dict) -> list[tuple[str, float | None]]:
    bundle = record("E1390", resource)
    items = build_record(bundle).of("Observation")
    return [(i.text, i.value) for i in component_readings(items)]


def test_blood_pressure_components_are_read_by_their_own_codes() -> None:
    bp = _test(
        [_part("Systolic blood pressure", 152, "8480-6", "mm[Hg]"),
         _part("Diastolic blood pressure", 94, "8462-4", "mm[Hg]")],
        code="85354-9", text="Blood pressure panel",
    )  # fmt: skip
    assert _readings(bp) == [("systolic blood pressure", 152), ("diastolic blood pressure", 94)]


def test_an_observation_with_its_own_value_is_left_as_it_is() -> None:
    spo2 = {**_test([_part("Heart rate", 88, unit="/min")]), "valueQuantity": {"value": 91}}
    assert _readings(spo2) == [("ambulatory oximetry", 91)]
