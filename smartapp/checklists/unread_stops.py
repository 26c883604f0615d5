"""Met only because a medication order still open in the record runs on, while a note that could
say it stopped is unread (bench/unread.py, invariant a).

An open order with no recorded end counts (``has_medication``) and runs to ``as_of`` (a care
episode) until a later note says the drug was stopped (stopped_orders.py: "MTX 15 mg weekly
started 08/04, pt stopped it on her own ~10/01", blind wave 17, BE/inf-02; "Stopped Lantus last
July on his own", BG/cgm-02). When a note written after such an order began cannot be read, the
stop it may state is not seen and the stale order meets the item on its status alone. The honest
answer is "could not check", naming the unread notes, when the item is met only through such
orders. With every note read nothing changes: the read notes said no stop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from .context import Context
from .unread_notes import named, unread_texts

if TYPE_CHECKING:
    from .care_piece import Piece

#: Statuses of an order that runs until stopped (stopped_orders.OPEN).
_OPEN = frozenset({"active", "on-hold", "in-progress"})


def runs_on_status(item: Any, ctx: Context) -> bool:
    """An open medication order that runs to ``as_of`` only because no note says it stopped."""
    return (
        item.end is None
        and item.kind.startswith("Medication")
        and item.status in _OPEN
        and ctx.note_stop(item) is None
    )


def unread_after(began: date, ctx: Context) -> str | None:
    """The notes written after ``began`` (by ``as_of``) that could not be read, named; None when
    there are none."""
    unread = [n.ref for n in unread_texts(ctx, ("note",))
              if n.date is not None and began < n.date <= ctx.as_of]  # fmt: skip
    if not unread:
        return None
    return named(unread)


def unread_order_stop(items: list[Any], spec: dict[str, Any], ctx: Context) -> str:
    """Why a ``has_medication`` met on ``items`` is not judged: too few of them are there
    without an open order whose stop an unread note could state; "" when it stands. A criterion
    that counts stopped orders (no statuses named, or "stopped" among them) still drops one a
    note says was never taken (never_taken.py: "never picked up azathioprine", DE/inf-03)."""
    stop = "never taken" if "stopped" in spec.get("status", ("stopped",)) else "stopped"
    doubted: dict[str, str] = {}
    for item in items:
        if item.kind.startswith("Medication") and item.status in _OPEN and item.end is None:
            refs = unread_after(item.date, ctx) if item.date else None
            if refs:
                doubted[item.ref] = refs
    if len(items) - len(doubted) >= spec.get("min_count", 1):
        return ""
    refs = ", ".join(dict.fromkeys(doubted.values()))
    return f"a note that could not be read may say the open order was {stop} ({refs})"


def unread_stop(
    episode: list[Piece], needed: int, ctx: Context, longest: Callable[[list[Piece]], int]
) -> str | None:
    """The unread notes that could say an open order of ``episode`` stopped, when the episode
    is ``needed`` days long only with those orders running to ``as_of``; None otherwise.
    ``longest``: the days of the longest episode the pieces make (episodes.py), so a stop that
    leaves a pause splits the care as a read one would (blind wave 18, BJ/aim-03)."""
    running = [p for p in episode if p.running]
    if not running:
        return None
    # The worst an unread note could say: the drug stopped the day it began.
    kept = [
        replace(p, end=p.start, through=None, stopped=True) if p.running else p for p in episode
    ]
    if longest(kept) >= needed:
        return None
    return unread_after(min(p.start for p in running), ctx)


def unread_pause(
    episode: list[Piece], needed: int, ctx: Context, longest: Callable[[list[Piece]], int]
) -> str | None:
    """The unread notes written after coded care of ``episode`` ended, when the episode is
    ``needed`` days long only by carrying that care across a pause to later care; None otherwise.

    A pause splits an episode only after care a note says was stopped (episode_spans.episodes_of); a
    record's end alone does not. P/infl-03: methotrexate coded 4/10-5/1/2019, then an order of
    1/5/2026; the 1/5 note's "Took methotrexate ~3 wks in 2019 - stopped for pregnancy planning"
    makes two courses of three and eight weeks. Unread, the two ran as one of seven years. The
    worst an unread note written after the coded care ended could say is that it was stopped."""
    ended = [
        p for p in episode
        if not (p.running or p.stopped) and "#" not in p.citation["reference"] and p.end < ctx.as_of
    ]  # fmt: skip
    if not ended:
        return None
    kept = [replace(p, stopped=True) if p in ended else p for p in episode]
    if longest(kept) >= needed:
        return None
    return unread_after(min(p.end for p in ended), ctx)
