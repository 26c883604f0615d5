"""One ServiceRequest or DeviceRequest → one normalised :class:`Order`: its requester and their
NPIs and contacts, its reasons and their regions, its quantity and its own words.

Every field is read through :mod:`smartapp.evidence.shapes`, as resources.py reads the other
resources (whose code and body-site regions an order's share).
"""

from __future__ import annotations

import re
from datetime import date

from .. import lazy_re
from .codes import NPI_SYSTEM, Code, codes_of
from .dates import first_date
from .record import Order
from .resources import _regions, code_regions
from .shapes import as_dict, as_list, as_str, dicts, get, reference, status_code

_QUANTITY_NAME = lazy_re.compile(r"\b(?:quantity|qty)\b", re.IGNORECASE)


def _reason_regions(reasons: frozenset[str], own: frozenset[str]) -> frozenset[str]:
    """The reason codes' regions, less a "both sides" the order itself narrows: bilateral knee
    OA (M17.0) is the patient's disease, a hyaluronan order for the "Right knee" treats one of
    them, and left-knee care does not count for it (blind wave 29, DA/hya-03)."""
    one_side = {r.split(":")[0] for r in own if ":" in r and not r.endswith(":bilateral")} - {
        r.split(":")[0] for r in own if r.endswith(":bilateral")
    }
    return frozenset(
        r for r in reasons if not (r.endswith(":bilateral") and r.split(":")[0] in one_side)
    )


def _npis(resource: dict) -> list[str]:
    return [
        as_str(i.get("value"))
        for i in dicts(resource.get("identifier"))
        if as_str(i.get("system")).rstrip("/") == NPI_SYSTEM
    ]


def _contacts(*resources: dict) -> tuple[str, ...]:
    """``telecom`` phone/fax/email values (in use) of the given resources, as "phone 555-0100"."""
    found = []
    for resource in resources:
        for point in dicts(resource.get("telecom")):
            system, value = as_str(point.get("system")), as_str(point.get("value")).strip()
            if value and system in ("phone", "fax", "email") and point.get("use") != "old":
                found.append(f"{system} {value}")
    return tuple(dict.fromkeys(found))


def _roles_of(index: dict, practitioner: dict) -> list[dict]:
    """The PractitionerRoles that point at a requester named as a bare Practitioner: FHIR puts a
    practitioner's work phone and fax on the PractitionerRole (their contact at that
    organisation), and Epic and Oracle Health return the Practitioner without telecom, so an
    order's ``requester: Practitioner/x`` is reached by its contact only through them."""
    own = as_str(practitioner.get("id"))
    if not own:
        return []
    roles: dict[int, dict] = {}
    for resource in index.values():
        if as_dict(resource).get("resourceType") != "PractitionerRole":
            continue
        if resource.get("active") is False:  # an ended role's number no longer reaches them
            continue
        pointed = reference(resource.get("practitioner")).rstrip("/").split("/")
        if pointed[-2:] == ["Practitioner", own]:
            roles[id(resource)] = resource
    return list(roles.values())


def _resolve(index: dict, ref: str) -> dict:
    found = index.get(ref)
    if found is None and ref.count("/") >= 1:
        parts = ref.rstrip("/").split("/")
        found = index.get(f"{parts[-2]}/{parts[-1]}")
    return as_dict(found)


def _order_text(resource: dict) -> str:
    """The order's own words: notes, instructions, DeviceRequest parameters, order details."""
    lines = [as_str(n.get("text")) for n in dicts(resource.get("note"))]
    lines.append(as_str(resource.get("patientInstruction")))
    for detail in dicts(resource.get("orderDetail")):
        lines.append(codes_of(detail)[1])
    for parameter in dicts(resource.get("parameter")):
        name = codes_of(parameter.get("code"))[1]
        quantity = as_dict(parameter.get("valueQuantity"))
        value = (
            codes_of(parameter.get("valueCodeableConcept"))[1]
            or " ".join(as_str(quantity.get(k)) for k in ("value", "unit") if quantity.get(k))
            or as_str(parameter.get("valueBoolean"))
            or as_str(parameter.get("valueInteger"))
            or as_str(parameter.get("valueString"))
            or _range_text(as_dict(parameter.get("valueRange")))
        )
        lines.append(f"{name}: {value}".strip(": "))
    # A blank line between fields: each is its own statement ("no power options" must not deny
    # the "length of need: 99 months" parameter after it).
    return "\n\n".join(line for line in lines if line.strip())


def _range_text(value: dict) -> str:
    """A range as written: "4-12 cm[H2O]" (a PAP's auto range, brief s72-e), low or high alone
    when only one is given, the unit of either bound once."""
    low, high = (as_dict(value.get(k)) for k in ("low", "high"))
    bounds = "-".join(as_str(b.get("value")) for b in (low, high) if b.get("value") is not None)
    unit = as_str(low.get("unit") or high.get("unit"))
    return f"{bounds} {unit}".strip() if bounds else ""


def _parameter_quantity(resource: dict) -> str:
    """A DeviceRequest's quantity: R4 has no ``quantity`` element on DeviceRequest (R5 added
    one), so EHR DME orders carry it as a ``parameter`` named "Quantity"/"Qty"."""
    for parameter in dicts(resource.get("parameter")):
        if not _QUANTITY_NAME.search(codes_of(parameter.get("code"))[1]):
            continue
        value = as_dict(parameter.get("valueQuantity")).get("value")
        if value is None:
            value = parameter.get("valueInteger", parameter.get("valueString"))
        if value is not None and as_str(value).strip():
            return as_str(value).strip()
    return ""


def _first_event(resource: dict) -> date | None:
    """``occurrenceTiming.event[0]``: a Timing's first day."""
    events = as_list(get(resource, "occurrenceTiming.event"))
    return first_date({"event": events[0]}, "event") if events else None


def _requester_contacts(index: dict, role: dict, practitioner: dict) -> tuple[str, ...]:
    """The requester's contacts: its PractitionerRole's, else its Practitioner's; a requester
    named as a bare Practitioner also by the PractitionerRoles that point at it."""
    found = _contacts(role, practitioner)
    if found or as_str(role.get("resourceType")) != "Practitioner":
        return found
    return _contacts(*_roles_of(index, role))


def order_of(resource: dict, ref: str, index: dict) -> Order:
    """A ServiceRequest/DeviceRequest as an :class:`Order`."""
    codes = codes_of(resource.get("code") or resource.get("codeCodeableConcept"))
    requester_value = as_dict(resource.get("requester"))
    requester = reference(requester_value)
    npis = _npis({"identifier": [as_dict(requester_value.get("identifier"))]})
    role = _resolve(index, requester) if requester else {}
    ids = [requester.rstrip("/").split("/")[-1]] if requester else []
    practitioner_ref = reference(role.get("practitioner"))
    practitioner = _resolve(index, practitioner_ref) if practitioner_ref else {}
    if practitioner_ref:
        ids.append(practitioner_ref.rstrip("/").split("/")[-1])
    npis += _npis(role) + _npis(practitioner)
    reasons: list[tuple[Code, str]] = []
    for concept in dicts(resource.get("reasonCode")):
        reasons += [(c, ref) for c in codes_of(concept)[0]]
    for reason in dicts(resource.get("reasonReference")):
        condition = _resolve(index, reference(reason))
        reasons += [(c, reference(reason)) for c in codes_of(condition.get("code"))[0]]
    quantity = ""
    for key in ("quantityQuantity", "quantityRatio", "quantityRange"):
        value = as_dict(resource.get(key))
        if value:
            quantity = as_str(value.get("value")) or as_str(get(value, "numerator.value")) or key
            break
    if not quantity:
        quantity = _parameter_quantity(resource)
    free_text = _order_text(resource)
    reason_codes = tuple(c for c, _ in reasons)
    own = code_regions(codes[0]) | _regions(resource, (), codes[1])
    regions = own | _reason_regions(code_regions(reason_codes), own)
    return Order(
        ref, as_str(resource.get("resourceType")), status_code(resource.get("status")), codes[0],
        first_date(resource, "authoredOn"),
        first_date(resource, "occurrenceDateTime", "occurrencePeriod.start")
        or _first_event(resource),
        requester, tuple(ids), tuple(n for n in npis if n), bool(role), tuple(reasons), quantity,
        free_text, regions, resource, _requester_contacts(index, role, practitioner), own,
    )  # fmt: skip
