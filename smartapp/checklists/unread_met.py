"""Why a met that note text gives cannot be judged when a note could not be read: the note
that could undo it is unread (bench/unread.py, invariant a). One question per way a note undoes
a finding: care a newer note takes back (unread_denials.py), a restated film whose report is
unread (unread_films.py), a form's ticked box whose narrative is unread (unread_ticks.py), a
letter's exam copied from an unread note (unread_clones.py), a limit an unread FCE may overtake
(unread_capacity.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from .context import Context
from .told_apart import told_apart
from .unread_capacity import unread_capacity
from .unread_clones import unread_clone
from .unread_denials import unread_denial
from .unread_films import unread_film
from .unread_order_side import unread_order_side
from .unread_ticks import unread_tick


def unread_doubt(
    found: list[Any], relevant: list[Any], spec: dict[str, Any], ctx: Context,
    dates: dict[str, date | None],
) -> str | None:  # fmt: skip
    """The reason, naming the unread notes, that ``found`` (the findings that meet a
    note_finding criterion; ``relevant``: every finding it weighed) is not judged, or None."""
    wanted = spec.get("min_count", 1)
    denied = unread_denial(found, [f for f in relevant if f.asserted], spec, ctx)
    if denied and not (denied[0] and (wanted == 1 or told_apart(denied[0], dates) >= wanted)):
        return (f"a newer note that could not be read may say it was not done or never taken "
                f"({denied[1]})")  # fmt: skip
    unread = unread_film(found, spec, ctx)
    if unread:
        return (f"it restates a study, and a note that could not be read may be that study's "
                f"report, of another date or side ({unread})")  # fmt: skip
    unread = unread_tick(found, ctx)
    if unread:
        return (f"only a form's ticked boxes say so, and a note that could not be read may deny "
                f"them ({unread})")  # fmt: skip
    unread = unread_clone(found, spec, ctx)
    if unread:
        return (f"only a letter states the exam, and a note that could not be read may be the "
                f"older visit it copies ({unread})")  # fmt: skip
    unread = unread_capacity(found, spec, ctx, dates)
    if unread:
        return (f"the limits were written before a note that could not be read, which may be "
                f"an FCE that finds the job's demands met ({unread})")  # fmt: skip
    unread = unread_order_side(found, spec, ctx)
    if unread:
        return (f"the order names no side, and a note that could not be read may be the plan "
                f"that gives it ({unread})")  # fmt: skip
    return None
