"""Order in time. ``before``: one criterion met by evidence dated before another's ("an in-person
evaluation by the treating practitioner *before* the sleep test", LCD L33718); ``after``: dated
after the day another began ("a follow-up exam *after* the trial of conservative care").
``latest``: the newest of a kind of reading must be the one that meets the criterion ("a
qualifying blood gas study performed at the time of need", LCD L33797 2023: a later test that
does not qualify means the earlier one is not from the time of need).

The event's date is its earliest counted evidence; the criterion is then evaluated on the
record as it stood that day. With no dated event there is nothing to be before: the criterion
is judged alone (the event's own item reports that it is missing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from .context import Context, Outcome
from .unread import unless_unread, unread_under
from .unread_stops import unread_after


def before(
    spec: dict[str, Any], ctx: Context, check: Callable[[dict[str, Any], Context], Outcome]
) -> Outcome:
    """Met when ``spec['criterion']`` is met by evidence dated on or before ``spec['event']``."""
    alone = check(spec["criterion"], ctx)
    event = check(spec["event"], ctx)
    if event.status != "met" or not event.dates:
        return alone
    day = min(event.dates)
    if day >= ctx.as_of:
        return alone
    # The record as it stood on the event's day: windows end there (a `since: order` window
    # still starts from the order).
    earlier = check(spec["criterion"], replace(ctx, as_of=day, anchor=min(ctx.anchor, day)))
    if earlier.status == "met":
        sooner = _sooner_event_unread(spec, ctx, check, day)
        if sooner:  # the event may be older than the read notes date it (blind BI/cpap-03)
            why = (f"a note that could not be read may date the {spec.get('event_name', 'event')} "
                   f"earlier, before this evidence ({sooner})")  # fmt: skip
            return replace(earlier, status="unknown", searched=f"{earlier.searched} Not judged: "
                           f"{why}.")  # fmt: skip
        return replace(earlier, searched=f"{earlier.searched} (on or before {day.isoformat()})")
    if earlier.status == "unknown" and alone.status != "met":
        # The record as it stood on the event's day holds a note that could not be read, which
        # may be that evidence: no gap to blame on it (bench/unread.py, invariant b; blind wave
        # 48, GB/spinal-injections-02: the exam that began an ablation's block series unread).
        return replace(earlier, searched=f"{earlier.searched} (on or before {day.isoformat()}, "
                       f"the {spec.get('event_name', 'event')})")  # fmt: skip
    if alone.status == "met":
        # An unread note may hold the evidence from before the event (a later event date would
        # only move it later: the event is not asked).
        late = Outcome(
            "partial",
            alone.evidence,
            f"Found, but dated after the {spec.get('event_name', 'event')} of {day.isoformat()}; "
            f"it must come before it. {earlier.searched}",
        )
        return unless_unread(late, ctx, spec["criterion"])
    return alone


def _sooner_event_unread(
    spec: dict[str, Any],
    ctx: Context,
    check: Callable[[dict[str, Any], Context], Outcome],
    day: date,
) -> str | None:
    """The unread notes, inside the event's window and before its first read date ``day``,
    that could hold an earlier event before which the criterion is not yet met; None when there
    are none (the event reads no unread note, or the criterion was met before each of them)."""
    if unread_under(spec["event"], ctx) is None:
        return None
    reach = _reach(spec["event"])
    low = ctx.as_of - timedelta(days=reach) if reach is not None else date.min
    unread = [
        n for n in ctx.record.all_texts()
        if n.kind in ("note", "report") and not n.not_fetched and n.date is not None
        and low <= n.date < day and ctx.record.unread_reason(n) is not None
    ]  # fmt: skip
    sooner = [
        n.ref for n in unread
        if check(spec["criterion"], replace(ctx, as_of=n.date, anchor=min(ctx.anchor, n.date)))
        .status != "met"
    ]  # fmt: skip
    return ", ".join(sooner[:5]) if sooner else None


def _reach(criterion: Any) -> int | None:
    """The widest ``within_days`` in a tree of criteria; None when one has no window."""
    if isinstance(criterion, list):
        parts = criterion
    elif not isinstance(criterion, dict):
        return 0  # a name ("event_name"), no criterion
    elif any(k in criterion for k in ("within_days", "since", "value", "codes", "names")):
        return criterion.get("within_days")  # an operator's own spec
    else:
        parts = list(criterion.values())
    days = [_reach(part) for part in parts]
    windows = [d for d in days if d is not None]
    return max(windows) if windows and len(windows) == len(days) else None


def after(
    spec: dict[str, Any], ctx: Context, check: Callable[[dict[str, Any], Context], Outcome]
) -> Outcome:
    """Met when ``spec['criterion']`` is met by evidence dated after the day ``spec['event']``
    began: a follow-up exam after the trial of care, not the exam of the visit that started it
    (blind A/lmri-08). With no dated event the criterion is judged alone. Care dated that makes
    no trial (``follow_up.trial`` not met) leaves the exam a follow-up of the episode."""
    found = check(spec["criterion"], ctx)
    event = check(spec["event"], ctx)
    if found.status != "met" or not found.dates:
        return found
    name = spec.get("event_name", "event")
    if not event.dates:
        return _follow_up(spec, ctx, check, found, name)
    day = min(event.dates)
    if max(found.dates) > day:
        return found
    trial = (spec.get("follow_up") or {}).get("trial")
    if trial and check(trial, ctx).status != "met":
        # Care dated on the exam's day that makes no trial (LMRI-003's gap: gabapentin begun the
        # day of the order, PT a no-show) dates no trial to follow: the exam is judged as a
        # follow-up of the episode, after the visit that began care (blind wave 96,
        # NE/lumbar-mri-03); the only visit's exam, the day care began, stays early.
        episode = _follow_up(spec, ctx, check, found, name)
        if episode.status == "met":
            return episode
    early = Outcome(
        "partial",
        found.evidence,
        f"Found, but dated {max(found.dates).isoformat()}, not after the {name} began on "
        f"{day.isoformat()}: it must follow it. {found.searched}",
    )
    # An unread note may hold a later exam, or an earlier start of the event.
    return unless_unread(early, ctx, spec["criterion"], spec["event"])


def _follow_up(
    spec: dict[str, Any],
    ctx: Context,
    check: Callable[[dict[str, Any], Context], Outcome],
    found: Outcome,
    name: str,
) -> Outcome:
    """With no dated event, still a follow-up: evidence dated after an earlier one of the kind
    within ``follow_up.within_days`` (the episode the event is searched in), unless
    ``follow_up.unless`` is met (red flags excuse the trial). A follow-up exam after the trial
    of care is no exam of the only visit of the episode, which started no trial (blind wave 38,
    EH/lmri-02: one visit, PT a year before), as the exam of the visit that began the care is
    none (blind A/lmri-08, AW/lmri-02); a later visit's exam is one. So is the exam of a visit
    after one that began care with no exam of its own (``follow_up.begun``: blind wave 41,
    EX/advanced-imaging-lumbar-mri-02, a video visit that prescribed tramadol and sent a PT
    referral, then the in-person follow-up that examined the back)."""
    follow = spec.get("follow_up") or {}
    days = follow.get("within_days")
    if not days or (follow.get("unless") and check(follow["unless"], ctx).status == "met"):
        return found
    episode = check(_widened(spec["criterion"], days), ctx)
    first = min(episode.dates or found.dates)
    if follow.get("begun"):  # the visit that began the care, though it examined no one
        begun = check(follow["begun"], ctx)
        first = min([first, *begun.dates]) if begun.status == "met" else first
    if max(found.dates) > first:
        return found
    only = Outcome(
        "partial",
        found.evidence,
        f"Found, but only from {max(found.dates).isoformat()}, with no {name} dated and no "
        f"earlier one{' nor a visit that began care' if follow.get('begun') else ''} in the "
        f"{days} days before: a follow-up must follow one. {found.searched}",
    )
    # An unread note in the episode may hold the first exam (the criterion widened to it, as
    # searched above) or date the trial (the event): either makes this exam a follow-up.
    return unless_unread(only, ctx, _widened(spec["criterion"], days), spec["event"])


def _widened(spec: Any, days: int) -> Any:
    """``spec`` with every window at least ``days`` long."""
    if isinstance(spec, list):
        return [_widened(s, days) for s in spec]
    if not isinstance(spec, dict):
        return spec
    out = {k: _widened(v, days) for k, v in spec.items()}
    if isinstance(out.get("within_days"), int):
        out["within_days"] = max(out["within_days"], days)
    return out


def latest(
    spec: dict[str, Any], ctx: Context, check: Callable[[dict[str, Any], Context], Outcome]
) -> Outcome:
    """Met when ``spec['criterion']`` is met by evidence as new as the newest ``readings``."""
    found = check(spec["criterion"], ctx)
    readings = check(spec["readings"], ctx)
    if found.status != "met" or not found.dates:
        return found
    name = spec.get("reading_name", "reading")
    qualifying = max(found.dates)
    newest = max(readings.dates) if readings.status == "met" and readings.dates else qualifying
    if qualifying >= newest:
        # A note written since, unread, may report a later reading that does not qualify (the
        # ED's 86% of 2/20, a clinic's unread note of 4/7: blind X/oxy-03).
        later = unread_after(qualifying, ctx) if unread_under(spec["readings"], ctx) else None
        if not later:
            return found
        why = f"a later {name} may be in a note that could not be read ({later})"
        return replace(found, status="unknown", searched=f"{found.searched} Not judged: {why}.")
    stale = Outcome(
        "partial",
        found.evidence,
        f"Found, dated {qualifying.isoformat()}, but a later {name} on {newest.isoformat()} does "
        f"not meet it: the latest {name} must. {found.searched}",
    )
    return unless_unread(stale, ctx, spec["criterion"])  # a newer qualifying one may be unread
