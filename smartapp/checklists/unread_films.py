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

The same when a restatement dates its study ("XR 3/2026 reviewed - severe OA") and an unread note
was written that month: read, that report is the film restated, and its side or findings may
not be the order's (blind wave 41, EW/hip-02: the 3/20/2026 pelvis film's severe OA is the left
hip, for a right THA; unread, the restatement met THA-001).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .context import Context
from .films import RESTATED, SAME_DAY
from .unread_notes import named, unread_texts


def _restatement(finding: Any) -> bool:
    """A study restated (reviewed, showed, prior films), not said to be done that day."""
    said = finding.snippet
    return not finding.copied_from and bool(RESTATED.search(said)) and not SAME_DAY.search(said)


def _may_be_restated(note: Any, found: list[Any], low: date | None) -> bool:
    """Whether the unread ``note`` could be the report a restatement of ``found`` repeats: one
    from before the window when none dates its study, or one of the month one names."""
    if low is not None and note.date < low and not any(f.when for f in found):
        return True
    return any(f.when and (f.when.year, f.when.month) == (note.date.year, note.date.month)
               for f in found)  # fmt: skip


def unread_film(found: list[Any], spec: dict[str, Any], ctx: Context) -> str | None:
    """The unread notes, written on or before a restatement's note, that could be the study
    every finding of ``found`` restates (see the module docstring); None otherwise."""
    if not spec.get("with_imaging") or not found or not all(map(_restatement, found)):
        return None
    low, _ = ctx.window(spec.get("within_days"))
    written = [ctx.text_dates.get(f.note_ref) for f in found]
    latest = max((d for d in written if d), default=None)
    if latest is None:
        return None
    unread = [n.ref for n in unread_texts(ctx) if n.date is not None and n.date <= latest
              and _may_be_restated(n, found, low)]  # fmt: skip
    if not unread:
        return None
    return named(unread)
