"""The requested service: find its order, check its fields, check the diagnosis codes.

ICD-10-CM validity and billability come from simple-icd-10-cm (offline). Request diagnoses are
``reasonCode`` plus the Conditions in ``reasonReference``; when the request names none, the
patient's current Conditions (docs/checklists.md §4.3).
"""

from __future__ import annotations

from typing import Any

from ..evidence import Code, PatientRecord
from ..evidence.record import Order
from ..evidence.region_match import compatible
from ..evidence.regions import regions_of_code
from . import icd10
from .context import MAX_EVIDENCE, Context, Outcome, cite
from .order_requester import requester_contact, requester_npi
from .spread_pairing import spread_only, spread_pairing
from .stray_reasons import ordered_place_diagnoses

_OPEN = ("draft", "active")


def request_codes(request: dict[str, Any] | Order) -> tuple[Code, ...]:
    """ServiceRequest.code or DeviceRequest.codeCodeableConcept codings."""
    if isinstance(request, Order):
        return request.codes
    from ..evidence.codes import codes_of

    return codes_of(request.get("code") or request.get("codeCodeableConcept"))[0]


def find_order(record: PatientRecord, code: str | None) -> Order | None:
    """Newest order for ``code`` (draft/active first); with no code, the newest draft/active one
    that carries a CPT/HCPCS code."""
    candidates = [
        o
        for o in record.orders
        if any(code is None or c.code == code for c in o.service_codes())
        and (code is not None or o.status in _OPEN)
    ]
    if not candidates and code is not None:
        # An order coded only with the EHR's local code is still the order (its date, its
        # requester); the service-code item says the CPT/HCPCS code is missing from it.
        candidates = [o for o in record.orders if o.status in _OPEN and not o.service_codes()]
    key = lambda o: (o.status in _OPEN, (o.authored.isoformat() if o.authored else ""))  # noqa: E731
    return max(candidates, key=key) if candidates else None


def find_request(record: PatientRecord, code: str | None) -> dict[str, Any] | None:
    """The raw resource of :func:`find_order` (for display and the appeal letter)."""
    order = find_order(record, code)
    return order.raw if order else None


def service_request(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Checks on the order for the service being scored (field: code/requester-npi/…)."""
    field = spec["field"]
    order = ctx.order
    if order is None:
        # Either order type withheld: the order may be there (equipment is a DeviceRequest).
        unread = ctx.record.is_unreadable("ServiceRequest", "DeviceRequest")
        status = "unknown" if unread else "missing"
        return Outcome(status, [], f"No order for {ctx.service_code} in the record.")
    if field == "code":
        if not any(c.code == ctx.service_code for c in order.service_codes()):
            # The code itself under a system we do not know is a fix of one field, not a new
            # order: say so, or the user hunts for a code that is already there.
            elsewhere = next((c for c in order.codes if c.code == ctx.service_code), None)
            if elsewhere is not None:
                said = (f"{order.ref} names {ctx.service_code} under the code system "
                        f"'{elsewhere.system}', which is not CPT or HCPCS; code it as "
                        f"{ctx.service_system.upper()}.")  # fmt: skip
            else:
                local = ", ".join(f"{c.code}" for c in order.codes[:3]) or "no code"
                said = (f"{order.ref} carries no CPT/HCPCS code ({local}); it must name "
                        f"{ctx.service_code}.")  # fmt: skip
            return Outcome("missing", [], said)
        return Outcome(
            "met",
            [cite(order.ref, f"{ctx.service_system.upper()} {ctx.service_code}")],
            "Found the order for the requested code.",
        )
    if field == "requester-npi":
        return requester_npi(order, ctx)
    if field == "requester-contact":
        return requester_contact(order, ctx)
    if field == "occurrence":
        if order.occurrence:
            return Outcome(
                "met",
                [cite(order.ref, f"date of service {order.occurrence.isoformat()}")],
                "Found.",
            )
        return Outcome("missing", [], f"{order.ref} has no occurrence date.")
    if field == "reason":
        if order.reasons or order.raw.get("reasonCode") or order.raw.get("reasonReference"):
            return Outcome("met", [cite(order.ref, "reason given")], "Found the order's reason.")
        return Outcome("missing", [], f"{order.ref} has no reasonCode or reasonReference.")
    if order.quantity:
        return Outcome("met", [cite(order.ref, f"quantity {order.quantity}")], "Found.")
    return Outcome("missing", [], f"{order.ref} has no quantity (units or visits).")


def request_diagnoses(ctx: Context) -> list[tuple[Code, str]]:
    """(coding, source reference) of the request's diagnoses, else of current Conditions."""
    if ctx.order is not None and ctx.order.reasons:
        return list(ctx.order.reasons)
    out: list[tuple[Code, str]] = []
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
        # A supporting diagnosis must also be about the body region the service is for: right
        # shoulder pain does not support a knee MRI.
        service_regions = regions_of_code(ctx.service_system, ctx.service_code)
        paired = [
            (c, r)
            for c, r in diagnoses
            if ctx.diagnoses.contains(c.system, c.code) and not spread_only(ctx, c)
            and compatible(service_regions, regions_of_code(c.system, c.code, c.display))
        ]  # fmt: skip
        said = f"A diagnosis supports {ctx.service_code}."
        if not paired and ctx.order is not None and ctx.order.reasons:
            # The order's reason picked from the wrong problem-list entry (stray_reasons.py).
            paired, said = ordered_place_diagnoses(ctx, list(ctx.order.reasons))
        if not paired:
            # A cancer on a spine MRI's order, beside the region's own trouble (spread_pairing.py).
            spread = spread_pairing(ctx, diagnoses)
            if spread is not None:
                return spread
        if paired:
            return Outcome(
                "met",
                [
                    cite(r, f"{c.system} {c.code} {c.display}".strip())
                    for c, r in paired[:MAX_EVIDENCE]
                ],
                said,
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
    good = [(c, r) for c, r in icd10_codes if icd10.is_billable(c.code)]
    # A category written beside one of its own billable codes on the same resource is one
    # diagnosis at two levels (FY2026 "G35.C2" with the old "G35" as a second coding): the
    # claim carries the billable one, so only a category with no billable child there is bad.
    # The finer code may sit on a Condition of its own beside the category's (blind wave 51,
    # GJ/tha-03: the order's reasons are a problem entry "M16.1" and another "M16.11"): still
    # one diagnosis at two levels. A billable code of another diagnosis does not excuse it.
    bad = [
        (c, r)
        for c, r in icd10_codes
        if (c, r) not in good and not any(g.code.startswith(c.code) for g, _ in good)
    ]
    evidence = [cite(r, f"ICD-10-CM {c.code}") for c, r in (good or icd10_codes)[:MAX_EVIDENCE]]
    if not bad:
        return Outcome("met", evidence, "Every ICD-10-CM code is valid and billable.")
    return Outcome("partial", evidence, "; ".join(billable_hint(c.code) for c, _ in bad[:3]) + ".")


def requested_service(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Met when the requested code is in ``codes``: for a rule that holds for some codes of a
    checklist's range only (a bi-level device needs a failed CPAP trial; a total-electric bed)."""
    codes = spec["codes"]
    label = f"{ctx.service_system.upper()} {ctx.service_code}"
    if codes.contains(ctx.service_system, ctx.service_code):
        return Outcome("met", [], f"The requested service {label} is in {codes.name}.")
    return Outcome("missing", [], f"The requested service {label} is not in {codes.name}.")
