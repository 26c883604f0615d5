"""Whether the next certification period's plan of care is already on record, signed or not.

A recertification is reviewed and signed in the last five days of the period it follows (42 CFR
484.55(d)(1)); a request made in those days may come before that plan exists. Then the plan in
force, signed for the period that ends the day before the requested service starts, is the plan
the request rests on: "HOME HEALTH RECERTIFICATION / PLAN OF CARE - period 06/02/2026-07/31/2026
... Signed: A. Mensah, CNP 06/08/2026", the next cert from 8/1 asked for on 7/30 with the case
manager's "Plan of care dated 6/8 on file" (blind wave 85, LN/home-health-03). Once the next
plan has been written, that plan is the request's and must be signed: a recert plan for the
next period left "Signature: ***" or "pending physician signature" (blind waves 22-39,
CB/hh-02, CC/hh-02, DL/hh-02, EV/home-health-03), a plan sent for signature or a verbal order
not signed yet. plans_ahead.recert_not_due asks this.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import lazy_re
from ..evidence.dates import parse_date
from ..evidence.record import Note
from .context import Context
from .not_a_plan import blank_notes, unsigned_notes
from .plan_periods import names_plan, stated_periods
from .plan_through import labelled_periods

#: How far back from the running period's end a text waiting for a signature is the next plan's:
#: the recert is written late in the period, while "POC sent for signature" at its start is the
#: running plan's own, signed since.
_LATE_DAYS = 30
#: A verbal or telephone order for the recertification: an order the practitioner has still to
#: sign ("VO 7/29: recert SN 2w8", "Telephone order received for recert"), unless it says signed.
_VERBAL_ORDER = lazy_re.compile(
    r"\b(?:verbal|telephone|phone)\s+orders?\b|\bv\.?o\.?\b(?=[^.\n]{0,40}?\brecert)",
    re.IGNORECASE,
)
#: The recertification under way in the running period's last days, not yet signed by the
#: practitioner: "Recert due - paperwork sent to Dr Hart 3/3, not returned", "recert for next
#: period pending", "POC to be reviewed with Dr Hart for recert next week", "Renewed next cert
#: period unchanged" with no practitioner's word (a renewal agreed with one is
#: plans_ahead.renewed_for_next), or a discharge under discussion instead: the next period's
#: plan is being made, and it is the request's (test_s69r_plan_renewed_for_next). A request
#: for the visits ("Requesting continued LPN visits as next cert starts 8/1. Plan of care dated
#: 6/8 on file": LN/home-health-03) makes no plan.
_UNDER_WAY_WORDS = (
    r"(?:pending|due|sent|to\s+be\s+(?:reviewed|signed|discussed|sent)|not\s+(?:yet\s+)?"
    r"(?:returned|signed|discussed|reviewed|back)|awaiting|renewed|renewal|in\s+(?:process|"
    r"progress)|paperwork)"
)
_UNDER_WAY = lazy_re.compile(
    r"\b(?:re-?cert\w*|next\s+(?:cert\w*\s+)?period)\b[^.;\n]{0,60}?\b" + _UNDER_WAY_WORDS
    + r"\b|\b" + _UNDER_WAY_WORDS + r"\b[^.;\n]{0,60}?\b(?:re-?cert\w*|next\s+(?:cert\w*\s+)?"
    r"period)\b|"
    r"\b(?:will|to|plan(?:s|ning)?\s+to)\s+discuss\s+(?:d/c|discharge)\b|"
    r"\b(?:discharge|d/c)\s+(?:planned|planning|considered|being\s+considered|discussed)\b",
    re.IGNORECASE,
)
_RECERT = lazy_re.compile(r"\b(?:re-?cert\w*|next\s+(?:cert\w*\s+)?period)\b", re.IGNORECASE)
_SIGNED = lazy_re.compile(
    r"\b(?:signed|co-?signed|e-?signed)\b(?!\s+(?:for|by\s+\*))", re.IGNORECASE
)


def _careplan_starts(ctx: Context) -> set[date]:
    """The days CarePlans of any status (a draft included) start: their period's start or, with
    none, their date."""
    starts: set[date] = set()
    for plan in ctx.record.of("CarePlan"):
        period = plan.raw.get("period") if isinstance(plan.raw, dict) else None
        start = parse_date(period.get("start")) if isinstance(period, dict) else None
        if start is None:
            start = plan.date
        if start is not None:
            starts.add(start)
    return starts


def _writes_next(note: Note, service: date) -> bool:
    """Whether ``note`` (not the order itself: it asks for the period, it plans nothing) states
    a plan period beginning on the requested service's first day."""
    if note.kind == "order" or not note.text:
        return False
    periods = [*stated_periods(note.text, note.date), *labelled_periods(note.text, note.date)]
    return any(start == service for start, _ in periods)


def _verbal_recert(note: Note) -> bool:
    """Whether ``note`` takes a verbal order for the recertification not yet signed."""
    text = note.text or ""
    return bool(_VERBAL_ORDER.search(text) and _RECERT.search(text) and not _SIGNED.search(text))


def next_plan_begun(end: date, ctx: Context) -> bool:
    """Whether the plan for the period after ``end`` (the running plan's last day) is on record:
    a text or CarePlan whose period starts on the requested service's first day, or, late in the
    running period, a plan that waits for its signature, is left blank or is a verbal order for
    the recertification, or a recertification under way (see the module docstring)."""
    service = ctx.service_date
    if service in _careplan_starts(ctx):
        return True
    texts = ctx.record.all_texts()
    if any(_writes_next(note, service) for note in texts):
        return True
    since = end - timedelta(days=_LATE_DAYS)
    pending = unsigned_notes(ctx) | blank_notes(ctx)
    late = [n for n in texts if n.date is not None and since <= n.date <= ctx.as_of
            and n.kind != "order" and n.text]  # fmt: skip
    return any(
        (names_plan(note.text or "") and (note.ref in pending or _verbal_recert(note)))
        or _UNDER_WAY.search(note.text or "")
        for note in late
    )
