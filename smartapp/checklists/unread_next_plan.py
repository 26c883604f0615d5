"""A plan of care in force only because no next plan is begun, while a note that could begin it
is unread (bench/unread.py, invariant a).

In the running plan's last five days the signed plan covers a recertification asked for from the
day after it ends only while the record shows no next plan begun (plans_ahead.recert_not_due,
next_plan.py). That is a finding of absence: the note that begins the next plan ("recert POC
6/3-8/1 sent to physician for signature", "Recert due - paperwork sent to Dr Hart") may be the
one whose Binary could not be read (CC/hh-02 note d3, EV/home-health-03, FX/home-health-02: met
with it unread, partial with it read). Then "in force" is not judged: the item says which note.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .context import Context, Outcome
from .next_plan import _LATE_DAYS
from .plan_periods import stated_periods
from .plan_through import labelled_periods
from .plans_ahead import RECERT_DAYS, next_plan_on_record, renewed_for_next
from .unread_notes import named, unread_texts


def _plan_ends_on(end: date, ctx: Context) -> bool:
    """Whether a plan read ends on ``end``: a CarePlan, or a text stating a period that does. An
    order amending a plan of no stated period is in force on other grounds (unread_amendments)."""
    if any(plan.end == end for plan in ctx.record.of("CarePlan")):
        return True
    return any(
        stop == end
        for n in ctx.record.all_texts() if n.text
        for _, stop in (*stated_periods(n.text, n.date), *labelled_periods(n.text, n.date))
    )  # fmt: skip


def unread_next_plan(ctx: Context) -> str | None:
    """The unread notes that could begin the next plan, named, when a plan ending the day before
    the requested service is in force only for want of one (the request in its last five days,
    no renewal agreed, no next plan read); None otherwise."""
    end = ctx.service_date - timedelta(days=1)
    if not end - timedelta(days=RECERT_DAYS) < ctx.as_of <= end:
        return None  # before the last five days the running plan covers it whatever is unread
    since = end - timedelta(days=_LATE_DAYS)
    # The period next_plan searches for a plan under way; an undated note could be of it too.
    unread = [n.ref for n in unread_texts(ctx) if n.date is None or since <= n.date <= ctx.as_of]
    if not unread or not _plan_ends_on(end, ctx):
        return None
    if renewed_for_next(end, ctx) or next_plan_on_record(end, ctx):
        return None
    return named(unread)


def unless_next_plan_unread(spec: Any, ctx: Context, outcome: Outcome) -> Outcome:
    """``outcome``, or ``unknown`` when it is a plan in force on the service's day
    (``in_force: service``) met while a note that could begin the next plan is unread."""
    if outcome.status != "met" or not isinstance(spec, dict) or spec.get("in_force") != "service":
        return outcome
    unread = unread_next_plan(ctx)
    if unread is None:
        return outcome
    return Outcome(
        "unknown", outcome.evidence,
        f"{outcome.searched.rstrip()} Not judged: the plan in force ends the day before the "
        f"service and covers it only while no next plan is begun; a note that could not be read "
        f"may begin it ({unread}).",
        outcome.dates,
    )  # fmt: skip
