"""Criteria timed from a home-health episode's start of care (``since: start-of-care``).

42 CFR 424.22(a)(1)(v) times the face-to-face encounter from the start of care: 90 days before
to 30 days after it. The start is read from the record (care_start.py: a plan's "SOC (planned):",
a certification period, else the order's date of service), so a note the app could not read may
be the one that states it -- and a different start moves the whole window. A gap found with a
note unread is therefore "could not check", naming the notes, never "missing" blamed on a note
not seen (docs/unreadable-input.md, invariant b).

The same for a visit met in a window no text read states the start of: the start of care then
falls back on certification periods or the order's date of service, and a note written in the
episode that could not be read may be the plan that states the start, whose window may leave the
visit out (invariant a; blind waves 29 and 50, DB/hh-03, GH/home-health-02: "SOC 9/30" unread,
the order's date set the window and the visit 33 days after the start met it; "CERT PERIOD
05/04-07/02" unread, the older periods set a start the hospital follow-up fell before). Only an
unread note the EHR files as a plan of care or certification (its type or description: "Plan of
care note", "Home Health Plan of Care - recertification") is doubted so: the plan (CMS-485 item 2)
is where the start and the periods are stated, and an agency visit note unread must not hold every
encounter of a record whose plan was read. A start a text read states is taken as read; a note
from before the episode or after the check cannot state it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from typing import Any

from .care_start import EPISODE_DAYS, recertifying, start_of_care, states_start
from .context import Context, Outcome
from .plan_periods import names_plan
from .unread import named_reasons, unread_opened

Dispatch = Callable[[str, Any, Context], Outcome]


def from_start_of_care(operator: str, spec: dict[str, Any], ctx: Context,
                       dispatch: Dispatch) -> Outcome:  # fmt: skip
    """Evaluate ``operator`` in the window the episode's start of care sets."""
    words = ctx.order.free_text if ctx.order else ""  # "Recert: ... Second cert period"
    proposed = ctx.order.occurrence if ctx.order else None  # the order's date of service
    care = start_of_care(ctx.record, ctx.order_date, ctx.as_of, words, proposed)
    start_ctx = replace(ctx, anchor=care or ctx.order_date)
    if care and spec.get("after_days"):
        # "...to 30 days after the start of care": a visit later than that is none (blind wave
        # 29, DB/hh-03). With no start of care stated the order only stands in for it, and the
        # window stays open to the request's day.
        start_ctx = replace(start_ctx, window_end=care + timedelta(days=spec["after_days"]))
        if recertifying(ctx.record, ctx.order_date, words, proposed):
            # ... but a recertification's own encounter, before the order, counts as well as
            # the start's (blind wave 31, DI/homehealth-02).
            first = dispatch(operator, spec, start_ctx)
            if first.status == "met":
                return _unless_start_unread(first, ctx)
            again = dispatch(operator, spec, replace(ctx, anchor=ctx.order_date))
            if again.status == "met":  # the recertification's own encounter: no start in it
                return again
            return _unless_start_unread(first, ctx)
    return _unless_start_unread(dispatch(operator, spec, start_ctx), ctx)


def _unless_start_unread(outcome: Outcome, ctx: Context) -> Outcome:
    """``outcome``, or ``unknown`` when it is a gap and a note the check opened is unread: that
    note may state the start of care that puts the visit inside the window; or when it is met in
    a window no text read states the start of, and a note of the episode is unread."""
    if outcome.status == "met":
        return _unless_unstated_start(outcome, ctx)
    if outcome.status not in ("missing", "partial"):
        return outcome
    unread = unread_opened(ctx.record)
    if not unread:
        return outcome
    searched = (f"{outcome.searched.rstrip()} Not judged: the start of care may be stated in a "
                f"note that could not be read: {named_reasons(unread)}.")  # fmt: skip
    return Outcome("unknown", outcome.evidence, searched, outcome.dates)


def _unless_unstated_start(outcome: Outcome, ctx: Context) -> Outcome:
    """A met ``outcome`` (see :func:`_unless_start_unread`), or ``unknown`` naming the unread
    notes of the episode when no text read states the start of care."""
    if states_start(ctx.record, ctx.order_date, ctx.as_of):
        return outcome
    earliest = ctx.order_date - timedelta(days=EPISODE_DAYS)
    plans = {n.ref: n.date for n in ctx.record.all_texts() if names_plan(n.title or "")}
    unread = {
        ref: why for ref, why in unread_opened(ctx.record).items()
        if ref in plans and ((day := plans[ref]) is None or earliest <= day <= ctx.as_of)
    }  # fmt: skip
    if not unread:
        return outcome
    searched = (f"{outcome.searched.rstrip()} Not judged: no note read states the start of care, "
                f"and a note that could not be read may state one that moves the window: "
                f"{named_reasons(unread)}.")  # fmt: skip
    return Outcome("unknown", outcome.evidence, searched, outcome.dates)
