"""Goals of a plan of care a later re-examination renews: "Treatment plan: ... 3x/wk x 4 wks then
2x/wk x 4 wks; goals: ODI < 20%, NDI < 10%" at the initial exam, then at the re-exam eight weeks
on "ODI 30% (from 44). Plan: 2x/wk x 4 wks, then re-exam" (blind wave 33, DR/therapy-02: the
plan was called partial because its goals were written 100 days before the request).

A therapy plan's measurable long-term goals are set at the evaluation; a re-examination that
writes the plan's next frequency and duration changes that plan, and the goals it keeps working
toward are still the plan's, though not written again (the plan holds goals, frequency and
duration together: CGS's plan-of-care fact sheet, the checklist's ``cgs-therapy-fact-sheet``; a
reviewer reads the plan as amended, not as a new plan lacking goals). So with ``renewed: N`` a
goal older than the window counts when a note in the window (not an order: a request for visits
renews nothing) states both the plan's frequency and its duration, and the goal was written at
most N days before it (one certification period). A pointer ("continue per POC"), a plan whose
period lapsed, and a template left "***" renew nothing; the goals themselves must pass the
note_finding's ``in_force`` filters first (no pointer, no goal graded). A goal of a plan whose
own period has since ended is renewed too: the re-exam that extends the plan is what carries it
past that end ("Treatment plan ... through 03/02/2026. Goals: NDI <20%" then at the re-exam
"Continue plan. Extend POC through 04/30/2026 at 1x/wk": blind wave 39, EO/ptot-02).
With ``renewed_within: M`` (developmental therapy, re-evaluated every six months) a note up to M
days old renews too while its own rate and weeks still run ("1x/wk x 24 wks", no plan named).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .context import Context
from .finding_dates import finding_date
from .not_a_plan import blank_notes, points_at_plan, unsigned_notes
from .plan_periods import notes_in_force, notes_lapsed
from .plan_through import rate_lasting_periods
from .relevant_findings import relevant_findings

_RENEWING = ("frequency", "duration")


def renewal_days(
    ctx: Context, spec: dict[str, Any], dates: dict[str, date | None], *, signed: bool = False
) -> list[date]:
    """The days of notes in the spec's window that state both a plan's frequency and its
    duration of their own (not pointers, not lapsed plans, not blank templates); with
    ``signed``, not notes that send their updated plan for a signature still to come."""
    found = [
        f
        for f in relevant_findings(
            {**spec, "concepts": list(_RENEWING), "kinds": ["note", "report"]}, ctx
        )
        if f.asserted and not points_at_plan(f.snippet)
    ]
    refs = {f.note_ref for f in found}
    skip = notes_lapsed(ctx, refs, on=ctx.in_force_on(spec)) | blank_notes(ctx)
    if signed:
        skip |= refs & unsigned_notes(ctx)
    # A re-exam older than the window whose renewed plan still runs on the day counts as one in
    # it: "OT RE-EVALUATION ... Recert 2x/wk x 16 wks through 10/12/26" 100 days before the
    # request renews the evaluation's goals while its period runs (blind wave 60, HT/pt-02).
    # Signed: an updated plan still sent "to MD for signature" certifies no period yet.
    running = (
        notes_in_force(ctx, refs - skip - unsigned_notes(ctx), ctx.in_force_on(spec))
        if spec.get("in_force")
        else set()
    )
    if spec.get("renewed_within"):
        running |= _rate_still_running(ctx, spec, refs - skip - unsigned_notes(ctx), dates)
    stated: dict[str, set[str]] = {}
    for f in found:
        if f.note_ref not in skip and (
            f.note_ref in running
            or ctx.in_window(dates.get(f.note_ref), spec.get("within_days"))
        ):
            stated.setdefault(f.note_ref, set()).add(f.concept)
    return sorted(
        day
        for ref, concepts in stated.items()
        if set(_RENEWING) <= concepts and (day := dates.get(ref)) is not None
    )


def _rate_still_running(
    ctx: Context, spec: dict[str, Any], refs: set[str], dates: dict[str, date | None]
) -> set[str]:
    """Those of ``refs`` written within ``spec["renewed_within"]`` days whose own visit rate and
    weeks still run on the day the plan must be in force. Developmental therapy (a child under
    7) is re-evaluated every six months (SLP-005, oac-5160-8-32), so its re-evaluation 91 days
    old that recommends "group tx 1x/wk x 24 wks" sets the plan now running though it names no
    plan of care (blind wave 92, MQ/speech-01); one whose weeks have ended ("x 8 wks" from 3/16
    on 6/15) or older than the reach renews nothing."""
    reach, on = int(spec["renewed_within"]), ctx.in_force_on(spec)
    return {
        ref
        for ref in refs
        if (day := dates.get(ref)) is not None
        and ctx.in_window(day, reach)
        and any(a <= on <= b for a, b in rate_lasting_periods(ctx.texts.get(ref, ""), day))
    }


def renewed_goals(
    ctx: Context,
    spec: dict[str, Any],
    older: list[Any],
    dates: dict[str, date | None],
    *,
    lapsed: bool = False,
) -> list[Any]:
    """Those of ``older`` (goal findings before the window) that a renewing note in the window
    carries on: written at most ``spec["renewed"]`` days before one. Goals of a plan whose
    period has ended (``lapsed``) not by a note whose updated plan still awaits its signature:
    "Recommend continue 2x/wk x 5 wks. Updated POC to be sent to MD for signature" extends no
    plan yet (blind wave 35, EB/pt-03)."""
    if not older:
        return []
    renewals = renewal_days(ctx, spec, dates, signed=lapsed)
    reach = timedelta(days=int(spec["renewed"]))
    return [
        f
        for f in older
        if (day := finding_date(f, dates)) is not None
        and any(day <= renewal and renewal - reach <= day for renewal in renewals)
    ]
