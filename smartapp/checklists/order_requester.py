"""The order's requester: a practitioner with a valid NPI, and a way to reach them (CSU-002,
the requester fields of ``service_request``). Split from requests.py, which finds the order and
checks its codes.
"""

from __future__ import annotations

from ..evidence.record import Order
from .context import Context, Outcome, cite
from .signature_contact import signed_contact


def is_valid_npi(npi: str) -> bool:
    """US NPI: 10 digits, Luhn check digit over the 80840 prefix (CMS NPI check-digit rule)."""
    if len(npi) != 10 or not npi.isdigit():
        return False
    total = 24  # the 80840 prefix contributes a constant 24 to the Luhn sum
    for position, digit in enumerate(reversed(npi[:9])):
        value = int(digit) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10 == int(npi[9])


_NOT_PRACTITIONERS = ("Organization", "Device", "Patient", "RelatedPerson")


def requester_npi(order: Order, ctx: Context) -> Outcome:
    """The ordering practitioner's NPI, valid by its check digit (CSU-002)."""
    if not order.requester and not order.requester_npis:
        return Outcome("missing", [], f"The order {order.ref} names no requester.")
    kind = order.requester.rstrip("/").split("/")[-2] if order.requester.count("/") else ""
    if kind in _NOT_PRACTITIONERS:
        return Outcome(
            "missing",
            [],
            f"The order's requester is a {kind} ({order.requester}), not the ordering "
            "practitioner.",
        )
    valid = [n for n in order.requester_npis if is_valid_npi(n)]
    if valid:
        return Outcome(
            "met",
            [cite(order.requester or order.ref, f"NPI {valid[0]}")],
            "Found the requester's NPI.",
        )
    if not order.requester_resolved and ctx.record.is_unreadable(
        "Practitioner", "PractitionerRole"
    ):
        return Outcome("unknown", [], "The requester could not be read.")
    found = order.requester_npis
    why = f"NPI {found[0]} fails the check digit" if found else "no NPI identifier"
    evidence = [cite(order.requester, "requester")] if order.requester else []
    return Outcome("partial", evidence, f"Requester found, but {why}.")


def requester_contact(order: Order, ctx: Context) -> Outcome:
    """A phone, fax or email for the ordering practitioner (seed 003: NPI *and* contact)."""
    if order.requester_contacts:
        shown = "; ".join(order.requester_contacts[:2])
        return Outcome("met", [cite(order.requester, shown)], "Found the requester's contact.")
    if not order.requester:
        return Outcome("missing", [], f"The order {order.ref} names no requester.")
    if not order.requester_resolved and ctx.record.is_unreadable(
        "Practitioner", "PractitionerRole"
    ):
        return Outcome("unknown", [], "The requester could not be read.")
    signed = signed_contact(order, ctx)  # "THEODORE RUELAS MD  PHONE 419-555-0162"
    if signed:
        return Outcome(
            "met",
            [cite(signed[0], signed[1])],
            "Found the requester's contact in their note's signature or letter-head (none on the "
            "Practitioner).",
        )
    # The signature may be in a note that could not be read: not a gap (unread.py's rule).
    unread = [n.ref for n in ctx.record.notes if (n.date is None or n.date <= ctx.as_of)
              and ctx.record.unread_reason(n) is not None]  # fmt: skip
    if unread:
        return Outcome(
            "unknown",
            [cite(order.requester, "requester")],
            "The requester has no phone, fax or email (telecom) on file; notes whose signature "
            f"could give one could not be read ({', '.join(unread[:5])}).",
        )
    return Outcome(
        "missing",
        [cite(order.requester, "requester")],
        "The requester has no phone, fax or email (telecom) on file, nor in a note's signature.",
    )
