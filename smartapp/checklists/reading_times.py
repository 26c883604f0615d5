"""When a note_value reading (measures.py) was taken, by its own clause's words: "BMI 41 at an
outside clinic ~18 months ago" counted back from its note's day, "Sats 84% last year when
hospitalized" at the latest day that time can be. A reading its statement already dates, or whose
clause says nothing of when, keeps its date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from ..notes.clause_spans import clause_text
from ..notes.current_values import CURRENT_DECIDES, current_value
from ..notes.measure_values import said_ago
from .past_times import PAST_TIME, past_period


def dated_ago(finding: Any, text: str, dates: dict[str, date | None]) -> Any:
    """The reading dated by the "~18 months ago" its own clause gives (said_ago), counted back
    from its note's day, or by the past time it names ("Sats 84% last year when hospitalized",
    "desatted to 86% this past summer": the latest day that time can be, past_times.py); one the
    statement already dates, or that says nothing, is kept."""
    written = dates.get(finding.note_ref)
    if finding.when or not written:
        return finding
    if finding.concept in CURRENT_DECIDES and current_value(
        text, finding.end, len(text), trend=False
    ):
        return finding  # "BMI 36.2 last summer, today 34.9": the 34.9 read is today's
    days = said_ago(text, finding.end)
    if days:
        return replace(finding, when=written - timedelta(days=days))
    clause = clause_text(text, finding.start, finding.end, _CLAUSE_END)
    # Not "since last fall": a value running since then is the note's (PAST_TIME).
    period = past_period(clause, written) if PAST_TIME.search(clause) else None
    return replace(finding, when=period[1]) if period else finding


#: Where a reading's own clause ends: "Sat 86% walking, pneumonia last year" dates no sat.
_CLAUSE_END = lazy_re.compile(r"[;,\n]|\.(?!\d)")
