"""An Observation's inhaled-oxygen component named only by text is still oxygen flowing (blind
wave 18, BK/oxy-02). Epic and Oracle Health payloads often carry a component with code.text
'Inhaled oxygen flow rate' and a value in L/min but no LOINC 3151-8 coding; an SpO2 of 88% taken
on 2 L/min is no room-air test (LCD L33797). A component of another measure (heart rate /min,
a second saturation in %) must not read as oxygen."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.room_air import observation_on_oxygen
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _obs(text: str, value: float, unit: str = "", code: str = "") -> dict:
    return {
        "component": [
            {
                "code": {"text": text},
                "valueQuantity": {"value": value, "unit": unit, "code": code},
            }
        ]
    }


def test_a_flow_named_by_text_or_unit():
    assert observation_on_oxygen(_obs("Inhaled oxygen flow rate", 2, "L/min", "L/min"))
    assert observation_on_oxygen(_obs("O2 flow", 3, "LPM"))
    assert observation_on_oxygen(_obs("Oxygen Flow Rate", 1.5))
    assert observation_on_oxygen(_obs("Supplemental O2", 2, "L/min", "L/min"))
    assert not observation_on_oxygen(_obs("Inhaled oxygen flow rate", 0, "L/min", "L/min"))


def test_a_concentration_named_by_text():
    assert observation_on_oxygen(_obs("FiO2", 30, "%", "%"))
    assert observation_on_oxygen(_obs("Inhaled oxygen concentration", 28, "%", "%"))
    assert not observation_on_oxygen(_obs("FiO2", 21, "%", "%"))


def test_other_components_are_not_oxygen():
    assert not observation_on_oxygen(_obs("Heart rate", 88, "/min", "/min"))
    assert not observation_on_oxygen(_obs("Oxygen saturation", 92, "%", "%"))
    assert not observation_on_oxygen(_obs("Peak flow", 300, "L/min", "L/min"))


def test_a_same_day_reading_on_oxygen_does_not_qualify():
    """The qualifying value itself must be off oxygen, not only the newest test (OXY-001)."""
    note = "PULMONARY VISIT\nO: SpO2 91% RA at rest. SpO2 88% on 2L. Lungs clear."
    bundle = record(
        "E1390",
        _note("n1", "2026-03-03", note),
        reason="J96.11",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-03-03", "occurrenceDateTime": "2026-03-16"},
    )
    report = score_bundle(bundle, as_of=date(2026, 3, 10))
    assert {i["id"]: i for i in report["items"]}["OXY-001"]["status"] != "met"
