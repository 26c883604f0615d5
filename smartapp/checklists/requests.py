"""The requested service: find its ServiceRequest, check its fields, check the diagnosis codes.

ICD-10-CM validity and billability come from simple-icd-10-cm (offline). Request diagnoses are
``reasonCode`` plus the Conditions in ``reasonReference``; when the request names none, the
patient's current Conditions (docs/checklists.md §4.3).
"""

from __future__ import annotations

from typing import Any

from ..evidence import Code, PatientRecord
from ..evidence.codes import NPI_SYSTEM, codes_of
from . import icd10
from .context import MAX_EVIDENCE, Context, Outcome, cite, request_date

_OPEN = ("draft", "active")


def request_codes(request: dict[str, Any]) -> tuple[Code, ...]:
    """ServiceRequest.code or DeviceRequest.codeCodeableConcept codings."""
    return codes_of(request.get("code") or request.get("codeCodeableConcept"))[0]


def find_request(record: PatientRecord, code: str | None) -> dict[str, Any] | None:
    """Newest request for ``code`` (draft/active first); with no code, the newest draft/active one
    that carries a CPT/HCPCS code."""

    def key(request: dict) -> tuple[bool, str]:
        return (request.get("status") in _OPEN, str(request.get("authoredOn") or ""))

    candidates = [
        r
        for r in record.service_requests
        if any(
            c.system in ("cpt", "hcpcs") and (code is None or c.code == code)
            for c in request_codes(r)
        )
    ]
    if code is None:
        candidates = [r for r in candidates if r.get("status") in _OPEN]
    return max(candidates, key=key) if candidates else None


def is_valid_npi(npi: str) -> bool:
    """US NPI: 10 digits, Luhn check digit over the 80840 prefix (CMS NPI check-digit rule)."""
    if len(npi) != 10 or not npi.isdigit():
        return False
    total = 24  # the 80840 prefix contributes a constant 24 to the Luhn sum
    for position, digit in enumerate(reversed(npi[:9])):
        value = int(digit) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10 == int(npi[9])


def _npis(resource: dict) -> list[str]:
    return [
        i.get("value", "")
        for i in resource.get("identifier") or []
        if i.get("system") == NPI_SYSTEM
    ]


def _requester_npi(ctx: Context) -> Outcome:
    requester = (ctx.request or {}).get("requester") or {}
    ref = requester.get("reference")
    found = list(_npis({"identifier": [requester.get("identifier") or {}]}))
    resolved = ctx.record.resolve(ref) or {}
    found += _npis(resolved)
    practitioner = ctx.record.resolve((resolved.get("practitioner") or {}).get("reference")) or {}
    found += _npis(practitioner)
    if not ref and not found:
        return Outcome("missing", [], "The ServiceRequest names no requester.")
    valid = [n for n in found if is_valid_npi(n)]
    if valid:
        return Outcome(
            "met",
            [cite(ref or "ServiceRequest.requester", f"NPI {valid[0]}")],
            "Found the requester's NPI.",
        )
    if not resolved and ctx.record.is_unreadable("Practitioner", "PractitionerRole"):
        return Outcome("unknown", [], "The requester could not be read.")
    why = f"NPI {found[0]} fails the check digit" if found else "no NPI identifier"
    return Outcome(
        "partial", [cite(ref, "requester")] if ref else [], f"Requester found, but {why}."
    )


def service_request(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Checks on the request for the service being scored (field: code/requester-npi/…)."""
    field = spec["field"]
    request = ctx.request
    if request is None:
        status = "unknown" if ctx.record.is_unreadable("ServiceRequest") else "missing"
        return Outcome(
            status, [], f"No order (ServiceRequest) for {ctx.service_code} in the record."
        )
    ref = f"{request.get('resourceType', 'ServiceRequest')}/{request.get('id', '')}"
    if field == "code":
        return Outcome(
            "met",
            [cite(ref, f"{ctx.service_system.upper()} {ctx.service_code}")],
            "Found the order for the requested code.",
        )
    if field == "requester-npi":
        return _requester_npi(ctx)
    if field == "occurrence":
        when = request_date(request)
        if when:
            return Outcome("met", [cite(ref, f"date of service {when.isoformat()}")], "Found.")
        return Outcome("missing", [], f"{ref} has no occurrence date.")
    if field == "reason":
        if request.get("reasonCode") or request.get("reasonReference"):
            return Outcome("met", [cite(ref, "reason given")], "Found the order's reason.")
        return Outcome("missing", [], f"{ref} has no reasonCode or reasonReference.")
    quantity = (
        request.get("quantityQuantity")
        or request.get("quantityRatio")
        or request.get("quantityRange")
    )
    if quantity:
        return Outcome("met", [cite(ref, f"quantity {quantity.get('value', quantity)}")], "Found.")
    return Outcome("missing", [], f"{ref} has no quantity (units or visits).")


def request_diagnoses(ctx: Context) -> list[tuple[Code, str]]:
    """(coding, source reference) of the request's diagnoses, else of current Conditions."""
    out: list[tuple[Code, str]] = []
    request = ctx.request or {}
    ref = f"ServiceRequest/{request.get('id', '')}"
    for concept in request.get("reasonCode") or []:
        out.extend((c, ref) for c in codes_of(concept)[0])
    for reason in request.get("reasonReference") or []:
        condition = ctx.record.resolve(reason.get("reference")) or {}
        out.extend((c, reason.get("reference")) for c in codes_of(condition.get("code"))[0])
    if out:
        return out
    for condition in ctx.record.of("Condition"):
        if condition.status not in (
            "resolved",
            "inactive",
            "remission",
        ) and condition.verification not in ("refuted", "entered-in-error"):
            out.extend((c, condition.ref) for c in condition.codes)
    return out


def billable_hint(code: str) -> str:
    """Why an ICD-10-CM code is not billable, naming the billable codes under it."""
    if not icd10.exists(code):
        return f"{code} is not an ICD-10-CM code"
    leaves = icd10.billable_children(code)
    shown = ", ".join(leaves[:6]) + (", …" if len(leaves) > 6 else "")
    return f"{code} is a category, not billable; use the most specific code ({shown})"


def code_check(spec: dict[str, Any], ctx: Context) -> Outcome:
    """icd10-valid-billable or pairing (docs/checklists.md §4.3)."""
    diagnoses = request_diagnoses(ctx)
    if spec["check"] == "pairing":
        paired = [(c, r) for c, r in diagnoses if ctx.diagnoses.contains(c.system, c.code)]
        if paired:
            return Outcome(
                "met",
                [
                    cite(r, f"{c.system} {c.code} {c.display}".strip())
                    for c, r in paired[:MAX_EVIDENCE]
                ],
                f"A diagnosis supports {ctx.service_code}.",
            )
        if not diagnoses and ctx.record.is_unreadable("Condition"):
            return Outcome("unknown", [], "Diagnoses could not be read.")
        shown = ", ".join(sorted({c.code for c, _ in diagnoses})[:6]) or "none"
        return Outcome(
            "missing",
            [],
            f"No diagnosis ({shown}) is in the list that supports "
            f"{ctx.service_code} ({ctx.diagnoses.name}).",
        )
    icd10_codes = [(c, r) for c, r in diagnoses if c.system == "icd10cm"]
    if not icd10_codes:
        status = "unknown" if not diagnoses and ctx.record.is_unreadable("Condition") else "missing"
        return Outcome(status, [], "No ICD-10-CM diagnosis code on the order or the problem list.")
    bad = [(c, r) for c, r in icd10_codes if not icd10.is_billable(c.code)]
    good = [(c, r) for c, r in icd10_codes if (c, r) not in bad]
    evidence = [cite(r, f"ICD-10-CM {c.code}") for c, r in (good or icd10_codes)[:MAX_EVIDENCE]]
    if not bad:
        return Outcome("met", evidence, "Every ICD-10-CM code is valid and billable.")
    return Outcome("partial", evidence, "; ".join(billable_hint(c.code) for c, _ in bad[:3]) + ".")
