"""Met only because a note's undated word about a film is taken at that note's day, while a note
that could be the film's own, older report is unread (bench/unread.py, invariant a).

A statement that restates a study with no date of its own ("Xrays reviewed from last year -
moderate OA") takes the date of the newest report on file of that study (films.py,
``restated_studies``): with the 2/24/2025 knee film read, a 2/26/2026 visit's "xrays reviewed"
is that film, over a year old for the LCD's 12 months. With that report unread, the restatement
stands at its visit's day and meets the item (blind wave 36, EE/hyaluronan-02). The honest
answer is "could not check", naming the unread notes, when the item is met only through such
restatements and a note written before the criterion's window, on or before a restatement, is
unread: it may be the older film restated. An unread note inside the window would date the film
inside it too, so it changes nothing. With every note read nothing changes.
"""

from __future__ import annotations

from typing import Any

from .context import Context
from .films import RESTATED, SAME_DAY

#: Notes named in the item's text (the report's warnings name every one).
_MAX_NAMED = 5


def _undated_restatement(finding: Any) -> bool:
    """A restated study the record gave no date (no report on file dated it)."""
    said = finding.snippet
    return (
        not finding.when
        and not finding.copied_from
        and bool(RESTATED.search(said))
        and not SAME_DAY.search(said)
    )


def unread_film(found: list[Any], spec: dict[str, Any], ctx: Context) -> str | None:
    """The unread notes, dated before the window and on or before a restatement's note, that
    could be the study every finding of ``found`` restates undated; None otherwise."""
    if not spec.get("with_imaging") or not found or not all(map(_undated_restatement, found)):
        return None
    low, _ = ctx.window(spec.get("within_days"))
    written = [ctx.text_dates.get(f.note_ref) for f in found]
    latest = max((d for d in written if d), default=None)
    if low is None or latest is None:
        return None
    unread = [
        n.ref for n in ctx.record.all_texts()
        if n.kind in ("note", "report") and not n.not_fetched and n.date is not None
        and n.date < low and n.date <= latest and ctx.record.unread_reason(n) is not None
    ]  # fmt: skip
    if not unread:
        return None
    more = f" and {len(unread) - _MAX_NAMED} more" if len(unread) > _MAX_NAMED else ""
    return ", ".join(unread[:_MAX_NAMED]) + more
