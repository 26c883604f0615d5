"""What kind of answer each checklist item takes, and a person's typed answer as a FHIR value.

The answer type follows the criterion, so a Questionnaire asks what the payer actually needs:

- the date of service: ``date``;
- an item judged on one measurement only (every test reads a value — ``note_value`` of one
  measure, e.g. AHI, BMI, SpO2, or an Observation): a ``decimal`` (``integer`` for an event
  count) with its UCUM unit (SDC ``questionnaire-unit``);
- the diagnosis items (``diagnosis-code``, ``code-pairing``): an ICD-10-CM code from the
  checklist's supporting-diagnosis list — ``choice`` when the list is only exact codes, else
  ``open-choice`` with the exact codes offered (ranges and prefixes cannot be enumerated);
- the ordering provider's NPI (``service_request: {field: requester-npi}``): a ``string``;
- everything else: ``boolean`` ("documented").

A measure with no unit here, or an item mixing two measures (SpO2 *or* PaO2), stays ``boolean``:
a number without its unit would be an answer nobody can read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from .. import lazy_re
from ..checklists import icd10
from ..checklists.loader import Checklist, Item
from ..errors import InputError

ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
UCUM = "http://unitsofmeasure.org"
UNIT_EXTENSION = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit"
#: measure (as the checklists name it) → (type, UCUM code, unit as people write it).
MEASURES = {
    "ahi|rei|rdi": ("decimal", "/h", "events/hour"),
    "bmi": ("decimal", "kg/m2", "kg/m²"),
    "spo2": ("decimal", "%", "%"),
    "spo2-nadir": ("decimal", "%", "%"),
    "pao2": ("decimal", "mm[Hg]", "mmHg"),
    "block-relief": ("decimal", "%", "%"),
    "events": ("integer", "{events}", "events"),
}
#: Offered codes at most (a Questionnaire is read by people; the list is the checklist's own).
MAX_OPTIONS = 60
MAX_STRING = 200
_NPI = lazy_re.compile(r"^\d{10}$")


@dataclass(frozen=True)
class AnswerKind:
    """How one item is answered: the Questionnaire item type and what goes with it."""

    type: str  # boolean | date | decimal | integer | string | choice | open-choice
    unit: tuple[str, str] | None = None  # (UCUM code, display)
    options: tuple[tuple[str, str], ...] = ()  # (ICD-10-CM code, description)
    prompt: str = ""  # what the form asks, in words


def _leaves(criterion: Any, found: list[tuple[str, Any]]) -> None:
    """The leaf tests of ``criterion`` (``any_of``/``all_of`` opened; ``not``/``before`` kept
    whole: "no value above X" and "a visit before the test" are not the value asked for)."""
    if isinstance(criterion, list):
        for value in criterion:
            _leaves(value, found)
    elif isinstance(criterion, dict):
        for key, value in criterion.items():
            if key in ("any_of", "all_of"):
                _leaves(value, found)
            else:
                found.append((key, value))


def _measure(criterion: Any) -> str | None:
    """The one measure an item is judged on: every leaf reads a measurement (a note's value or
    an Observation) and the notes' leaves all name the same measure."""
    leaves: list[tuple[str, Any]] = []
    _leaves(criterion, leaves)
    if not leaves or any(key not in ("note_value", "has_observation") for key, _ in leaves):
        return None
    measures = {str(spec.get("measure")) for key, spec in leaves
                if key == "note_value" and isinstance(spec, dict)}  # fmt: skip
    return measures.pop() if len(measures) == 1 else None


def _asks_npi(criterion: Any) -> bool:
    request = criterion.get("service_request") if isinstance(criterion, dict) else None
    return isinstance(request, dict) and request.get("field") == "requester-npi"


def answer_kind(item: Item, checklist: Checklist) -> AnswerKind:
    """The answer ``item`` takes (see the module docstring for the rule)."""
    if item.element == "date-of-service":
        return AnswerKind("date", prompt="Date of service")
    if item.element in ("diagnosis-code", "code-pairing"):
        codes = checklist.diagnoses
        exact = sorted(code for system, code in codes.exact if system == "icd10cm")
        options = tuple((code, icd10.description(code)) for code in exact[:MAX_OPTIONS])
        closed = not codes.ranges and not codes.prefixes and len(exact) <= MAX_OPTIONS and exact
        return AnswerKind("choice" if closed else "open-choice", options=options,
                          prompt="ICD-10-CM code of the supporting diagnosis")  # fmt: skip
    if _asks_npi(item.criteria):
        return AnswerKind("string", prompt="NPI of the ordering provider (10 digits)")
    measure = _measure(item.criteria)
    if measure in MEASURES:
        kind, code, shown = MEASURES[measure]
        name = measure.replace("|", "/").upper() if measure != "block-relief" else "Relief"
        return AnswerKind(kind, unit=(code, shown), prompt=f"{name} ({shown})")
    return AnswerKind("boolean", prompt="Documented")


def coding(code: str) -> dict[str, Any]:
    shown = icd10.description(code)
    return {"system": ICD10_SYSTEM, "code": code, **({"display": shown} if shown else {})}


def _icd10(text: str) -> str:
    code = text.strip().upper().replace(" ", "")
    if len(code) >= 4 and "." not in code:
        code = f"{code[:3]}.{code[3:]}"
    return code


def parse_answer(kind: AnswerKind, raw: str, checklist: Checklist) -> dict[str, Any]:
    """The FHIR answer value (``{"valueX": …}``) a person typed; InputError says what is wrong.

    Every message names what was expected, so the form can be corrected as typed.
    """
    text = (raw or "").strip()
    if not text:
        raise InputError("No answer was given.")
    if kind.type == "boolean":
        if text not in ("yes", "no"):
            raise InputError("Answer yes or no.")
        return {"valueBoolean": text == "yes"}
    if kind.type == "date":
        try:
            return {"valueDate": dt.date.fromisoformat(text).isoformat()}
        except ValueError:
            raise InputError("Give the date as YYYY-MM-DD.") from None
    if kind.type in ("decimal", "integer"):
        try:
            number = Decimal(text.replace(",", "."))
        except InvalidOperation:
            unit = kind.unit[1] if kind.unit else "units"
            raise InputError(f"Give a number in {unit}.") from None
        if not number.is_finite() or number < 0 or number > 100_000:
            raise InputError("Give a number between 0 and 100000.")
        if kind.type == "integer":
            if number != number.to_integral_value():
                raise InputError("Give a whole number.")
            return {"valueInteger": int(number)}
        return {"valueDecimal": float(number)}
    if kind.type == "string":
        if not _NPI.match(text):
            raise InputError("An NPI is 10 digits.")
        return {"valueString": text[:MAX_STRING]}
    code = _icd10(text)
    if not icd10.exists(code):
        raise InputError(f"{code[:12]} is not an ICD-10-CM code.")
    if not icd10.is_billable(code):
        raise InputError(f"{code} is a category, not a billable code: give the full code.")
    if not checklist.diagnoses.contains("icd10cm", code):
        raise InputError(f"{code} is not among the diagnoses this checklist accepts.")
    return {"valueCoding": coding(code)}


def words(value: dict[str, Any], kind: AnswerKind) -> str:
    """An answer as people read it ("Yes", "32.5 events/hour", "M54.16 Radiculopathy…")."""
    if "valueBoolean" in value:
        return "Yes" if value["valueBoolean"] else "No"
    if "valueCoding" in value:
        shown = value["valueCoding"].get("display")
        return f"{value['valueCoding']['code']}{f' {shown}' if shown else ''}"
    for name in ("valueDecimal", "valueInteger"):
        if name in value:
            number = f"{value[name]:g}" if isinstance(value[name], float) else str(value[name])
            return f"{number} {kind.unit[1]}" if kind.unit else number
    return str(next(iter(value.values()), ""))
