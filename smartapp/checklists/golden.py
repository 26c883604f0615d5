"""Golden cases: a readable YAML record → a FHIR R4 Bundle, plus the expected status per item.

The factory vocabulary is documented in docs/checklists.md §6. It lives in the package (not in
tests/) because ``smartapp checklists validate`` runs the cases too.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import ChecklistError
from ..evidence.codes import CANONICAL_URIS, NPI_SYSTEM, service_system
from .loader import read_yaml

PATIENT = "golden-patient"


@dataclass(frozen=True)
class GoldenCase:
    """One case file: which checklist, service and date, the record, and what to expect."""

    path: Path
    checklist_id: str
    description: str
    service: str
    as_of: date
    record: dict[str, Any]
    expect: dict[str, str]

    def bundle(self) -> dict[str, Any]:
        """The case's record as a FHIR collection Bundle."""
        return build_bundle(self.record)


def load_cases(golden_dir: Path) -> list[GoldenCase]:
    """Every ``<checklist-id>/<case>.yaml`` under ``golden_dir``."""
    cases = []
    for path in sorted(golden_dir.glob("*/*.yaml")):
        raw = read_yaml(path) or {}
        try:
            as_of = raw["as_of"]
            cases.append(
                GoldenCase(
                    path=path,
                    checklist_id=path.parent.name,
                    description=raw.get("description", ""),
                    service=str(raw["service"]),
                    as_of=as_of if isinstance(as_of, date) else date.fromisoformat(str(as_of)),
                    record=raw.get("record") or {},
                    expect=dict(raw.get("expect") or {}),
                )
            )
        except (KeyError, ValueError, TypeError) as error:
            raise ChecklistError(
                f"{path}: golden case needs service, as_of, expect ({error})"
            ) from error
    return cases


def concept(token: str, text: str | None = None) -> dict[str, Any]:
    """``"icd10:M54.16"`` / ``"snomed:…"`` / ``"cpt:72148"`` → a CodeableConcept."""
    system, _, code = str(token).partition(":")
    alias = {"icd10": "icd10cm"}.get(system, system)
    out: dict[str, Any] = {"coding": [{"system": CANONICAL_URIS.get(alias, alias), "code": code}]}
    if text:
        out["text"] = text
    return out


def _ref(resource: dict) -> dict[str, str]:
    return {"reference": f"{resource['resourceType']}/{resource['id']}"}


def _day(value: Any) -> str | None:
    return None if value is None else str(value)


#: ``unreadable: <content type>`` on a note: its only rendition is a file the app cannot read
#: (a scanned image, a word-processor file), as EHR media tabs hold them.
_UNREADABLE_BYTES = b"II*\x00\x08\x00\x00\x00" + bytes(56)


def _note_attachment(spec: dict[str, Any]) -> dict[str, str]:
    """Inline plain text, or with ``unreadable: <type>`` bytes of that type without text."""
    if spec.get("unreadable"):
        data = base64.b64encode(_UNREADABLE_BYTES).decode("ascii")
        return {"contentType": str(spec["unreadable"]), "data": data}
    data = base64.b64encode(spec["text"].encode("utf-8")).decode("ascii")
    return {"contentType": "text/plain", "data": data}


def build_bundle(record: dict[str, Any]) -> dict[str, Any]:
    """Build the Bundle for a golden record (see docs/checklists.md §6 for the keys)."""
    patient = {"resourceType": "Patient", "id": PATIENT, "name": [{"family": "Golden"}]}
    if record.get("birth_date"):  # an age some items ask (patient_age: developmental therapy)
        patient["birthDate"] = _day(record["birth_date"])
    resources: list[dict] = [patient]
    subject = _ref(patient)
    practitioner = {
        "resourceType": "Practitioner",
        "id": "golden-orderer",
        "name": [{"family": "Orderer"}],
    }
    resources.append(practitioner)

    def add(resource_type: str, n: int, **fields: Any) -> dict:
        resource = {
            "resourceType": resource_type,
            "id": f"{resource_type.lower()}-{n}",
            "subject": subject,
            **{k: v for k, v in fields.items() if v is not None},
        }
        resources.append(resource)
        return resource

    coverages = [record["coverage"] or {}] if "coverage" in record else []
    coverages += record.get("other_coverages", [])
    for n, spec in enumerate(coverages, 1):
        payor = {
            "resourceType": "Organization",
            "id": "golden-payor" if n == 1 else f"golden-payor-{n}",
            "name": spec.get("payor", "CareSource"),
        }
        if spec.get("payor") is not None or "payor_unread" not in spec:
            resources.append(payor)  # payor_unread: the Organization was not read (no name)
        coverage = add(
            "Coverage",
            n,
            status=spec.get("status", "active"),
            beneficiary=subject,
            payor=[_ref(payor)],
            subscriberId=spec.get("member_id"),
            period={k: _day(spec[k]) for k in ("start", "end") if spec.get(k)} or None,
            order=spec.get("order"),
        )
        coverage.pop("subject")
    request_spec = record.get("service_request")
    if request_spec:
        code = str(request_spec["code"])
        system = service_system(code) or "cpt"
        npi = request_spec.get("requester_npi")
        if npi and npi != "none":
            practitioner["identifier"] = [{"system": NPI_SYSTEM, "value": str(npi)}]
        if request_spec.get("requester_phone"):
            practitioner["telecom"] = [
                {"system": "phone", "value": str(request_spec["requester_phone"]), "use": "work"}
            ]
        request = add(
            "ServiceRequest",
            1,
            status=request_spec.get("status", "active"),
            intent="order",
            code=concept(f"{system}:{code}"),
            authoredOn=_day(request_spec.get("authored")),
            requester=_ref(practitioner) if npi else None,
            occurrenceDateTime=_day(request_spec.get("occurrence")),
            reasonCode=[concept(r) for r in request_spec.get("reason", [])] or None,
            quantityQuantity={"value": request_spec["quantity"]}
            if "quantity" in request_spec
            else None,
        )
        request["subject"] = subject
    for n, spec in enumerate(record.get("conditions", []), 1):
        add(
            "Condition",
            n,
            code=concept(spec["code"], spec.get("text")),
            clinicalStatus={"coding": [{"code": spec.get("status", "active")}]},
            onsetDateTime=_day(spec.get("onset")),
            recordedDate=_day(spec.get("recorded")),
        )
    for n, spec in enumerate(record.get("procedures", []), 1):
        add(
            "Procedure",
            n,
            status=spec.get("status", "completed"),
            code=concept(spec["code"], spec.get("text")),
            performedDateTime=_day(spec.get("date")),
        )
    for n, spec in enumerate(record.get("observations", []), 1):
        add(
            "Observation",
            n,
            status=spec.get("status", "final"),
            code=concept(spec["code"], spec.get("text")),
            effectiveDateTime=_day(spec.get("date")),
            valueQuantity={"value": spec["value"], "unit": spec.get("unit", "")}
            if "value" in spec
            else None,
        )
    for n, spec in enumerate(record.get("reports", []), 1):
        add(
            "DiagnosticReport",
            n,
            status=spec.get("status", "final"),
            code=concept(spec["code"], spec.get("text")),
            effectiveDateTime=_day(spec.get("date")),
        )
    for n, spec in enumerate(record.get("medications", []), 1):
        period = {"end": _day(spec["end"])} if spec.get("end") else None
        add(
            "MedicationRequest",
            n,
            status=spec.get("status", "active"),
            intent="order",
            medicationCodeableConcept=concept(spec["code"], spec.get("text")),
            authoredOn=_day(spec.get("date")),
            dispenseRequest={"validityPeriod": period} if period else None,
        )
    for n, spec in enumerate(record.get("encounters", []), 1):
        add(
            "Encounter",
            n,
            status=spec.get("status", "finished"),
            type=[concept(spec["code"])],
            period={"start": _day(spec.get("date"))},
            participant=[{"individual": _ref(practitioner)}]
            if spec.get("with_requester")
            else None,
        )
    for n, spec in enumerate(record.get("careplans", []), 1):
        add(
            "CarePlan",
            n,
            status=spec.get("status", "active"),
            intent="plan",
            description=spec.get("text"),
            period={"start": _day(spec.get("date"))},
            activity=[{"detail": {"code": concept(spec["code"]), "status": "in-progress"}}]
            if spec.get("code")
            else None,
        )
    for n, spec in enumerate(record.get("notes", []), 1):
        add(
            "DocumentReference",
            n,
            status=spec.get("status", "current"),
            date=f"{spec['date']}T10:00:00Z",
            type=concept(spec.get("type", "loinc:11506-3")),
            description=spec.get("title"),
            content=[{"attachment": _note_attachment(spec)}],
        )
    entries = [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources]
    if record.get("unreadable"):
        outcome = {
            "resourceType": "OperationOutcome",
            "issue": [
                {"severity": "error", "code": "forbidden", "expression": list(record["unreadable"])}
            ],
        }
        entries.append({"resource": outcome, "search": {"mode": "outcome"}})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}
