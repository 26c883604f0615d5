"""Observations of one visit: vital signs, lab panels (with a DiagnosticReport), questionnaires.

Values drift slowly around a per-patient baseline so a long history reads like one body over
time; out-of-range lab values carry the H/L interpretation and reference range a lab sends.
"""

from __future__ import annotations

import random
from typing import Any

from sandbox.scenarios import factories as f

from .catalogue import BP_PANEL, BP_PARTS, LABS, VITALS

Resource = dict[str, Any]
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
DR_CATEGORY = "http://terminology.hl7.org/CodeSystem/v2-0074"


def _observation(oid: str, patient: Resource, encounter: Resource, moment: str,
                 category: str, code: tuple[str, str]) -> Resource:  # fmt: skip
    return {
        "resourceType": "Observation",
        "id": oid,
        "status": "final",
        "category": [f.concept((f.OBS_CATEGORY, category, category.replace("-", " ").title()))],
        "code": f.concept((f.LOINC, code[0], code[1]), text=code[1]),
        "subject": f.ref(patient),
        "encounter": f.ref(encounter),
        "effectiveDateTime": moment,
        "issued": moment,
    }


def _quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit, "system": f.UCUM, "code": unit}


def body_at(age: float, gender: str, baseline_weight: float, rng: random.Random) -> dict:
    """Height (in), weight (lb), BMI for a person of ``age`` (children grow)."""
    adult_height = 69.5 if gender == "male" else 64.0
    height = adult_height if age >= 18 else max(30.0, adult_height * (0.42 + 0.032 * age))
    weight = baseline_weight if age >= 18 else 8 + 5.2 * age * (1.0 + 0.02 * age)
    weight = round(weight * (1 + rng.uniform(-0.02, 0.02)), 1)
    bmi = round(703 * weight / (height * height), 1)
    return {"height": round(height, 1), "weight": weight, "bmi": bmi}


def vitals(
    ids: Any, patient: Resource, encounter: Resource, moment: str, values: dict[str, float]
) -> list[Resource]:
    """The vital-signs Observations of one visit (blood pressure as a two-component panel)."""
    found = []
    panel = _observation(ids("obs"), patient, encounter, moment, "vital-signs", BP_PANEL)
    panel["component"] = [
        {"code": f.concept((f.LOINC, code, name), text=name),
         "valueQuantity": _quantity(values[key], "mm[Hg]")}
        for (code, name), key in zip(BP_PARTS, ("systolic", "diastolic"), strict=True)
    ]  # fmt: skip
    found.append(panel)
    for key, (code, name, unit) in VITALS.items():
        if key in values:
            item = _observation(ids("obs"), patient, encounter, moment, "vital-signs", (code, name))
            item["valueQuantity"] = _quantity(values[key], unit)
            found.append(item)
    return found


def lab_panel(
    ids: Any, patient: Resource, encounter: Resource, moment: str, key: str,
    drift: dict[str, float], rng: random.Random,
) -> tuple[Resource, list[Resource], dict[str, str]]:  # fmt: skip
    """A lab panel's DiagnosticReport, its result Observations and {analyte: "value unit"}."""
    panel_code, panel_name, analytes = LABS[key]
    results, values = [], {}
    for code, name, unit, low, high, typical in analytes:
        value = typical * (1 + drift.get(code, 0.0)) * (1 + rng.uniform(-0.06, 0.06))
        value = round(value, 1) if typical < 20 else round(value)
        item = _observation(ids("obs"), patient, encounter, moment, "laboratory", (code, name))
        item["valueQuantity"] = _quantity(value, unit)
        item["referenceRange"] = [{"low": _quantity(low, unit), "high": _quantity(high, unit)}]
        if value > high or value < low:
            flag = "H" if value > high else "L"
            item["interpretation"] = [f.concept((INTERPRETATION, flag, "High" if flag == "H"
                                                 else "Low"))]  # fmt: skip
        results.append(item)
        values[name] = f"{value} {unit}"
    report = {
        "resourceType": "DiagnosticReport",
        "id": ids("dr"),
        "status": "final",
        "category": [f.concept((DR_CATEGORY, "LAB", "Laboratory"))],
        "code": f.concept((f.LOINC, panel_code, panel_name), text=panel_name),
        "subject": f.ref(patient),
        "encounter": f.ref(encounter),
        "effectiveDateTime": moment,
        "issued": moment,
        "result": [f.ref(item) for item in results],
    }
    return report, results, values


def survey(
    ids: Any, patient: Resource, encounter: Resource, moment: str,
    code: tuple[str, str], score: int,
) -> Resource:  # fmt: skip
    """A questionnaire total score (PHQ-9, GAD-7, pain severity)."""
    item = _observation(ids("obs"), patient, encounter, moment, "survey", code)
    item["valueQuantity"] = {"value": score, "unit": "{score}", "system": f.UCUM,
                             "code": "{score}"}  # fmt: skip
    return item


def smoking_status(ids: Any, patient: Resource, encounter: Resource, moment: str,
                   former: bool) -> Resource:  # fmt: skip
    """Tobacco smoking status (social history), as US Core records it."""
    item = _observation(ids("obs"), patient, encounter, moment, "social-history",
                        ("72166-2", "Tobacco smoking status"))  # fmt: skip
    status = ("8517006", "Ex-smoker") if former else ("266919005", "Never smoked tobacco")
    item["valueCodeableConcept"] = f.concept((f.SNOMED, *status), text=status[1])
    return item


def imaging_report(ids: Any, patient: Resource, encounter: Resource, moment: str,
                   title: str, conclusion: str) -> Resource:  # fmt: skip
    """A radiology DiagnosticReport with the radiologist's conclusion."""
    return {
        "resourceType": "DiagnosticReport",
        "id": ids("dr"),
        "status": "final",
        "category": [f.concept((DR_CATEGORY, "RAD", "Radiology"))],
        "code": f.concept((f.LOINC, "18748-4", "Diagnostic imaging study"), text=title),
        "subject": f.ref(patient),
        "encounter": f.ref(encounter),
        "effectiveDateTime": moment,
        "issued": moment,
        "conclusion": conclusion,
    }
