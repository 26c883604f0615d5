"""Met on a procedure's coded side while the note of its day, which could name the other side, is
unread (bench/unread.py, invariant a).

The note written at a procedure is the clinician's account of which side was treated, and it
overrides a bodySite picked from a list (laterality.note_names_other_side: "Procedure: RIGHT knee
injection" beside a "Left knee" bodySite, blind wave 18, BI/hya-02). When a note of the
procedure's day cannot be read, the side it gives is not seen, and the coded side would meet a
``same_region`` criterion on the bodySite alone. The honest answer is "could not check", naming
the note, when the item is met only through such procedures. With every note read nothing
changes.
"""

from __future__ import annotations

from typing import Any

from .context import Context

#: Notes named in the item's text (the report's warnings name every one).
_MAX_NAMED = 5


def _unread_that_day(item: Any, ctx: Context) -> list[str]:
    return [
        n.ref for n in ctx.record.all_texts()
        if n.kind == "note" and not n.not_fetched and n.date == item.date
        and ctx.record.unread_reason(n) is not None
    ]  # fmt: skip


def unread_side_note(items: list[Any], spec: dict[str, Any], ctx: Context) -> str:
    """Why a ``has_procedure`` met on ``items`` with ``same_region`` is not judged: too few of
    them are there without a sided procedure whose day's note is unread; "" when it stands."""
    if not spec.get("same_region"):
        return ""
    doubted: dict[str, list[str]] = {}
    for item in items:
        sided = any(":" in region for region in item.regions)
        if item.kind == "Procedure" and item.date is not None and sided:
            refs = _unread_that_day(item, ctx)
            if refs:
                doubted[item.ref] = refs
    if not doubted or len(items) - len(doubted) >= spec.get("min_count", 1):
        return ""
    refs = list(dict.fromkeys(r for rs in doubted.values() for r in rs))
    shown = ", ".join(refs[:_MAX_NAMED])
    return (
        f"the note of the procedure's day, which gives the side treated, could not be read "
        f"({shown})"
    )
