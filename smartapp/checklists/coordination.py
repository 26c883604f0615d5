"""``coordination``: the request-level facts around the clinical ones — another payer (coordination
of benefits), an out-of-network provider, a request made after the service (retro-authorization).

CareSource asks for the reason for an out-of-plan provider on every request (AR Marketplace PA
page); when another insurer is primary, Ohio Medicaid needs no CareSource PA while Indiana needs
both insurers' PAs (CareSource provider FAQs); a retrospective review comes within 30 (OH) or 180
(IN, GA) days of the service with the other carrier's EOP. Each ``check`` is used twice: once in
``applies_when`` (is this a COB / out-of-network / retro request?) and once as the criterion (does
the request say what it must?).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from .. import lazy_re
from .context import MAX_EVIDENCE, Context, Outcome, cite

_OON = lazy_re.compile(
    r"\b(?:out[- ]of[- ]network|out[- ]of[- ]plan|non[- ]?participating|non[- ]?par|"
    r"not in[- ]network|not contracted|oon)\b",
    re.IGNORECASE,
)
_OON_REASON = lazy_re.compile(
    r"\b(?:because|due to|since|as there is|no (?:in[- ]network|participating|local)|"
    r"not available|unavailable|only (?:provider|surgeon|specialist|center)|continuity of care|"
    r"speciali[sz]ed|wait(?:ing)? (?:time|list)|distance|miles)\b",
    re.IGNORECASE,
)
_RETRO_REASON = lazy_re.compile(
    r"\b(?:retro(?:active|spective)?|emergen\w*|urgent(?:ly)?|after[- ]hours|"
    r"eligibility (?:was )?(?:determined|granted|updated|retroactive)|primary (?:insurance|"
    r"carrier|payer|payor)|explanation of (?:benefits|payment)|eob|eop)\b",
    re.IGNORECASE,
)
_PRIMARY = lazy_re.compile(
    r"\b(?:primary|secondary)\b[^.;\n]{0,40}\b(?:insurance|insurer|payer|payor|coverage|carrier)\b"
    r"|\bcoordination of benefits\b|\bcob\b",
    re.IGNORECASE,
)
_SENTENCE = lazy_re.compile(r"[^.;\n]+")
WINDOW_DAYS = 180


def _statements(ctx: Context) -> Iterator[tuple[str, str]]:
    """(reference, sentence) from the order's own words and notes of the last 180 days."""
    if ctx.order is not None and ctx.order.free_text:
        for sentence in _SENTENCE.findall(ctx.order.free_text):
            yield ctx.order.ref, sentence.strip()
    for note in ctx.record.notes:
        if note.date is None or not ctx.in_window(note.date, WINDOW_DAYS) or not note.text:
            continue
        for sentence in _SENTENCE.findall(note.text):
            yield note.ref, sentence.strip()


def _said(ctx: Context, *patterns: re.Pattern[str]) -> list[tuple[str, str]]:
    return [(r, s) for r, s in _statements(ctx) if all(p.search(s) for p in patterns)]


def _active_coverages(ctx: Context) -> list[Any]:
    day = ctx.service_date
    return [
        c
        for c in ctx.record.of("Coverage")
        if c.status in ("active", "")
        and (c.date is None or c.date <= day)
        and (c.end is None or c.end >= day)
    ]


def _found(what: str, hits: list[tuple[str, str]]) -> Outcome:
    return Outcome(
        "met",
        [cite(ref, sentence[:160]) for ref, sentence in hits[:MAX_EVIDENCE]],
        f"Found {what}.",
    )


def _other_coverage(ctx: Context) -> Outcome:
    others = [c for c in _active_coverages(ctx) if "caresource" not in c.payors]
    if others:
        names = ", ".join(c.payors or c.ref for c in others[:3])
        return Outcome(
            "met", [cite(c.ref, c.payors) for c in others[:3]], f"Other coverage: {names}."
        )
    status = "unknown" if ctx.record.is_unreadable("Coverage") else "missing"
    return Outcome(status, [], "No active coverage other than CareSource.")


def _primary_payer(ctx: Context) -> Outcome:
    active = _active_coverages(ctx)
    ordered = [c for c in active if c.raw.get("order") is not None]
    if active and len(ordered) == len(active):
        first = min(ordered, key=lambda c: c.raw["order"])
        return Outcome(
            "met",
            [cite(c.ref, f"order {c.raw['order']}: {c.payors}") for c in ordered[:3]],
            f"Coverage order recorded; primary: {first.payors or first.ref}.",
        )
    hits = _said(ctx, _PRIMARY)
    if hits:
        return _found("a statement of which payer is primary", hits)
    # A coverage's order or a note could say it: when either could not be read, not a gap.
    if ctx.record.is_unreadable("Coverage", "DocumentReference", "Binary"):
        return Outcome(
            "unknown",
            [],
            "Could not search the coverages' order and notes of the last 180 days for which "
            "payer is primary: coverages or notes could not be read.",
        )
    return Outcome(
        "missing",
        [],
        "Searched the coverages for their order (primary/secondary) and notes of the last 180 days"
        " for which payer is primary: none found.",
    )


def _retro(ctx: Context) -> Outcome:
    order = ctx.order
    service: date | None = order.occurrence if order else None
    if service is None:
        return Outcome("missing", [], "The order gives no date of service.")
    written = order.authored if order and order.authored else ctx.as_of
    if service < min(written, ctx.as_of):
        return Outcome(
            "met",
            [cite(order.ref, f"service {service.isoformat()}")] if order else [],
            f"The service date {service.isoformat()} is before the request.",
        )
    return Outcome("missing", [], f"The service date {service.isoformat()} is not yet past.")


CHECKS = {
    "other-coverage": _other_coverage,
    "primary-payer": _primary_payer,
    "retro": _retro,
}


def coordination(spec: dict[str, Any], ctx: Context) -> Outcome:
    """One request-level check (``check``: other-coverage, primary-payer, out-of-network,
    out-of-network-reason, retro, retro-reason)."""
    check = spec["check"]
    if check in CHECKS:
        return CHECKS[check](ctx)
    if check == "out-of-network":
        hits = _said(ctx, _OON)
        if hits:
            return _found("an out-of-network provider", hits)
        return Outcome("missing", [], "No out-of-network provider named in the order or notes.")
    if check == "out-of-network-reason":
        hits = _said(ctx, _OON, _OON_REASON)
        if hits:
            return _found("the reason for the out-of-network provider", hits)
        return Outcome(
            "missing", [], "Out-of-network provider named, but no reason (no in-network "
            "provider able, continuity of care, distance …) in the same statement.",
        )  # fmt: skip
    hits = _said(ctx, _RETRO_REASON)
    if hits:
        return _found("the reason the request follows the service", hits)
    return Outcome(
        "missing", [], "Searched the order and notes of the last 180 days for why authorization "
        "is asked after the service (emergency, retroactive eligibility, the other carrier's EOP).",
    )  # fmt: skip
