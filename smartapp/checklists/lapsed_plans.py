"""A plan of care that ran out shortly before the request: continuing care, a review is due.

``days_since_report`` (HHC-006: "Continuing care: the plan of care reviewed in the last 60 days")
does not apply to a first request, one with no plan of care or review on record yet. It read "no
report found" as a first request, though the reports it had set aside were the reason a review is
due: a plan whose certification period has ended (``in_force``) or a recertification template
left "***" (``filled``). A record whose signed plan "POC cert 04/10-06/08/2026 ... Signed A.
Lindqvist MD" ran out six weeks before a request for more skilled nursing, beside an unfilled
"RECERTIFICATION Cert period: *** to ***", asks for a recertification; its review is missing,
not "none due yet" (blind wave 96, NG/hh-02).

A plan period that ended more than the item's ``max_days`` before the request is another
episode's (home health stopped, then a new start of care): the request is then a first one again.
"""

from __future__ import annotations

from datetime import date

from ..notes.placeholders import mostly_unfilled
from .context import Context
from .not_a_plan import blank_notes
from .plan_periods import stated_periods
from .plan_through import labelled_periods
from .recert_next import recertified_periods


def _period_ends(text: str, written: date | None) -> list[date]:
    """The ends of the plan or certification periods ``text`` states (plan_periods' reading)."""
    periods = [*stated_periods(text, written), *labelled_periods(text, written)]
    periods += recertified_periods(text, written, periods)
    return [end for _start, end in periods]


def plan_run_out(ctx: Context, within_days: int) -> tuple[str, date] | None:
    """The newest filled note whose plan periods all ended before ``as_of``, the last at most
    ``within_days`` before it: (its reference, the day its last period ended), or None."""
    blank = blank_notes(ctx)
    newest: tuple[str, date] | None = None
    for note in ctx.record.notes:
        if not note.text or note.ref in blank or mostly_unfilled(note.text):
            continue  # a "***" template states no period a plan ran
        if note.date is None or note.date > ctx.as_of:
            continue
        ends = _period_ends(note.text, note.date)
        if not ends or max(ends) >= ctx.as_of:
            continue  # no period, or one still running (or to come)
        last = max(ends)
        if (ctx.as_of - last).days <= within_days and (newest is None or last > newest[1]):
            newest = (note.ref, last)
    return newest
