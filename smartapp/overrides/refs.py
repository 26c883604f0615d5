"""What a check run read, as ``Type/id`` references with short labels (never text), and which
of them an override may point at.

A check run keeps this index (``CheckRun.record_refs``, copied to the saved report), so "documented
here" is checked against the record as that run read it: the launched patient's compartment, as
fetched. Reports saved before the index existed fall back to the references their items cite.
"""

from __future__ import annotations

from typing import Any

#: A record over this many entries keeps the first ones (the form lists them; a Synthea record
#: can hold thousands of Observations, and the notes come early in the bundle).
MAX_REFS = 2000
LABEL_CHARS = 80
#: Not record entries a person could point at (a note's Binary is reached through its note).
SKIPPED = frozenset({"Binary", "Bundle", "OperationOutcome"})
#: Types listed first in the form: where documentation is written.
NOTE_TYPES = ("DocumentReference", "DiagnosticReport")
_CONCEPTS = ("type", "code", "medicationCodeableConcept", "vaccineCode", "class")
_DATES = ("date", "effectiveDateTime", "performedDateTime", "authoredOn", "onsetDateTime",
          "recordedDate", "issued", "occurrenceDateTime")  # fmt: skip
_PERIODS = ("period", "performedPeriod", "effectivePeriod", "occurrencePeriod")


def _concept_text(concept: Any) -> str:
    if isinstance(concept, list):
        concept = next((c for c in concept if isinstance(c, dict)), None)
    if not isinstance(concept, dict):
        return ""
    if isinstance(concept.get("text"), str) and concept["text"].strip():
        return concept["text"].strip()
    codings = concept.get("coding") if isinstance(concept.get("coding"), list) else [concept]
    for coding in codings:
        if isinstance(coding, dict):
            shown = coding.get("display") or coding.get("code")
            if isinstance(shown, str) and shown.strip():
                return shown.strip()
    return ""


def _date(resource: dict[str, Any]) -> str:
    for name in _DATES:
        if isinstance(resource.get(name), str):
            return resource[name][:10]
    for name in _PERIODS:
        period = resource.get(name)
        if isinstance(period, dict) and isinstance(period.get("start"), str):
            return period["start"][:10]
    context = resource.get("context")
    if isinstance(context, dict) and isinstance(context.get("period"), dict):
        start = context["period"].get("start")
        return start[:10] if isinstance(start, str) else ""
    return ""


def label_of(resource: dict[str, Any]) -> str:
    """``Progress note, 2026-11-02``: what the entry is and its date (short; no note text)."""
    what = next((t for t in map(_concept_text, map(resource.get, _CONCEPTS)) if t), "")
    when = _date(resource)
    return ", ".join(part for part in (what, when) if part)[:LABEL_CHARS]


def record_index(bundle: dict[str, Any]) -> list[dict[str, str]]:
    """``[{"ref": "Type/id", "label": "…"}]`` for each record entry of ``bundle``, once each."""
    index: list[dict[str, str]] = []
    seen: set[str] = set()
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict):
            continue
        kind, ident = resource.get("resourceType"), resource.get("id")
        if not isinstance(kind, str) or not isinstance(ident, str) or kind in SKIPPED:
            continue
        ref = f"{kind}/{ident}"[:200]
        if ref in seen:
            continue
        seen.add(ref)
        index.append({"ref": ref, "label": "" if kind == "Patient" else label_of(resource)})
        if len(index) >= MAX_REFS:
            break
    return index


def _cited(report: dict[str, Any]) -> list[dict[str, str]]:
    """The references a report's items cite (its order too): the fallback index."""
    refs: dict[str, str] = {}
    order = report.get("order") or {}
    if order.get("reference"):
        refs[str(order["reference"])] = str(order.get("text") or "")[:LABEL_CHARS]
    for item in report.get("items") or []:
        for evidence in item.get("evidence") or []:
            ref = str(evidence.get("reference") or "").partition("#")[0]
            if ref.count("/") == 1:
                refs.setdefault(ref, "")
    return [{"ref": ref, "label": label} for ref, label in refs.items()]


def pointable(report: dict[str, Any], record_refs: list[Any] | None) -> dict[str, str]:
    """ref → label of what an override may point at: the run's record (or, for an old report,
    what its items cite), notes and reports first, without the documents the app wrote itself
    (a gap report is not the clinician's documentation)."""
    entries = record_refs if record_refs is not None else _cited(report)
    own = {str(d.get("reference")) for d in report.get("app_documents") or []}
    usable = [e for e in entries if isinstance(e, dict) and e.get("ref") not in own]
    usable.sort(key=lambda e: str(e["ref"]).split("/")[0] not in NOTE_TYPES)
    return {str(e["ref"]): str(e.get("label") or "") for e in usable}
