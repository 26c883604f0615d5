"""A copy marker's own date labels the copied text, it does not date what the text tells.

"[Copied from 01/14/2026] Hyalgan series L knee x5 weekly completed 2/2025-3/2025" was written on
1/14/2026 (copied.py dates the span so: ``NoteFinding.copied_from``), but the series it tells
was given in February and March 2025. Read as the statement's nearest date, the marker made the
series one of 1/14/2026, inside the six months before a repeat of 4/20/2026 (blind wave 71,
JI/hyaluronan-02). As an addendum's label ("ADDENDUM 2/17/2026:", finding_dates.py) is the day
its entry was written, a marker's date is the day the copied note was: an event the copied text
dates itself is dated by its own date. One it does not date ("[Copied from 12/01/2025] Hyalgan
#5 given today") happened on the copied note's day, so the marker still dates it then
(statements.py falls back to it).
"""

from __future__ import annotations

from .copied import MARKER
from .written_dates import DateMention


def less_marker_dates(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` of ``text`` less the dates copy markers give their source by (``mentions``
    itself when there are none)."""
    if not mentions:
        return mentions
    labels = []
    for marker in MARKER.finditer(text):
        if marker.group("remark"):  # "(from 2019)": a header's remark at most (copied.py)
            continue
        start, end = marker.span("source")
        # The source's first date, the one copied.py dates the copied span by.
        inside = [m for m in mentions if start <= m.start < end]
        if inside:
            labels.append(min(inside, key=lambda m: m.start))
    return [m for m in mentions if m not in labels] if labels else mentions
