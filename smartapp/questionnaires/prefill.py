"""The typed value a met item pre-fills, read from what the report cites — or None.

A ``boolean`` item is simply ``true``; the date of service is the order's date; an NPI, a
diagnosis code or a measurement is read from the cited evidence's snippet where the app wrote it
itself in a fixed shape ("NPI 1743829107", "ICD-10-CM M54.50", "Apnea hypopnea index on
2026-10-15: 32 /h" from an Observation, in the item's unit). A value only a note's wording holds
is not guessed: the item is then left unanswered in the response (it is documented in the
record; the note is cited in the report), rather than carry a number the app did not read as one.
"""

from __future__ import annotations

from typing import Any

from .. import lazy_re
from ..checklists import icd10
from .answers import AnswerKind, coding

_NPI = lazy_re.compile(r"\bNPI (\d{10})\b")
_ICD10 = lazy_re.compile(r"\b(?:ICD-10-CM|icd10cm) ([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)\b")
_OBSERVED = lazy_re.compile(r" on \d{4}-\d{2}-\d{2}: (\d+(?:\.\d+)?) ?(\S*)")


def _snippets(result: dict[str, Any], prefix: str = "") -> list[str]:
    return [str(e.get("snippet") or "") for e in result.get("evidence") or []
            if str(e.get("reference") or "").startswith(prefix)]  # fmt: skip


def typed_value(kind: AnswerKind, result: dict[str, Any], report: dict[str, Any]) -> dict | None:
    """The FHIR answer value of a met item, when the report holds it as such."""
    if kind.type == "boolean":
        return {"valueBoolean": True}
    if kind.type == "date":
        day = (report.get("order") or {}).get("date")
        return {"valueDate": str(day)} if day else None
    for snippet in _snippets(result, "Observation/" if kind.unit else ""):
        if kind.type == "string" and (npi := _NPI.search(snippet)):
            return {"valueString": npi.group(1)}
        if kind.type in ("choice", "open-choice") and (code := _ICD10.search(snippet)):
            if icd10.exists(code.group(1)):
                return {"valueCoding": coding(code.group(1))}
        number = _OBSERVED.search(snippet) if kind.unit else None
        if kind.unit and number and number.group(2) in kind.unit:  # the same unit, or none
            value = float(number.group(1))
            if kind.type == "integer":
                return {"valueInteger": int(value)} if value.is_integer() else None
            return {"valueDecimal": value}
    return None
