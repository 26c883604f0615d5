"""An Observation that charts its readings as components gives each as its own reading.

Epic and Oracle Health send a walk-test oximetry or a 6-minute walk as one Observation with no
value of its own and a component per condition: 'SpO2 at rest on room air' 93%, 'SpO2 with
exercise on room air' 86%, 'SpO2 with exercise on 2 L/min' 92%. Read only at the top, it was a
test "found, but no value in range" for home oxygen (OXY-001, LCD L33797), though its exercise
reading on room air qualifies. Each component is read here as a reading of its own, with its own
code and words, and its own condition: a component whose name says it was on oxygen ('on 2 L')
is on oxygen (room_air.observation_on_oxygen reads the name), one that names room air is off it
whatever else the test charts, and one that names neither keeps the test's own (its inhaled-oxygen
component, its comment), so an on-oxygen value never qualifies as a room-air test.

A component with no coding is read under the test's codes ('Rest, room air' of a 59408-5 pulse
oximetry) only when every reading component measures in one unit: one measure under several
conditions. In a 6-minute walk's mix of metres, beats a minute and percent, an uncoded 'Distance
walked' is no saturation; a coded component is always read by its own code. A component that
gives the oxygen flowing (3151-8, 'O2 flow') is a condition, never a reading. An Observation with
a value of its own (a blood pressure's or any other reading charted at the top) is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..evidence import Evidence
from ..evidence.codes import codes_of
from .room_air import ROOM_AIR, oxygen_component


def component_readings(items: Iterable[Evidence]) -> list[Evidence]:
    """``items`` with each Observation charted only by components replaced by its readings."""
    out: list[Evidence] = []
    for item in items:
        readings = _readings(item) if item.kind == "Observation" and item.value is None else []
        out.extend(readings or [item])
    return out


def _readings(item: Evidence) -> list[Evidence]:
    parts = [c for c in item.raw.get("component") or [] if isinstance(c, dict)]
    oxygen = [c for c in parts if oxygen_component(c)]
    measured = [c for c in parts if not oxygen_component(c) and _number(c) is not None]
    one_unit = len({_unit(c) for c in measured}) == 1
    readings = []
    for part in measured:
        codes, text = codes_of(part.get("code"))
        if not codes and not one_unit:
            continue  # an uncoded 'Distance walked' of a 6-minute walk is no saturation
        raw = {**item.raw, "code": part.get("code"), "valueQuantity": part["valueQuantity"]}
        if ROOM_AIR.search(text):  # 'exercise, room air': off oxygen whatever else was charted
            raw.pop("note", None)
            raw["component"] = []
        else:  # its own words ('on 2 L') are read as its name; else the test's oxygen holds
            raw["component"] = oxygen
        readings.append(
            replace(
                item,
                codes=codes or item.codes,
                text=text or item.text,
                value=_number(part),
                unit=_unit(part),
                raw=raw,
            )
        )
    return readings


def _number(component: dict) -> float | None:
    quantity = component.get("valueQuantity")
    value = quantity.get("value") if isinstance(quantity, dict) else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _unit(component: dict) -> str:
    quantity = component.get("valueQuantity") or {}
    return str(quantity.get("unit") or quantity.get("code") or "").strip().lower()
