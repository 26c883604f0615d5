"""Partial reads (issue 20a): a criterion that reads notes and found nothing, or too little, says
"could not be checked" when notes that could hold its evidence could not be read.

One rule for every operator that reads note text: a scanned note, a note whose Binary the EHR
would not hand over, a report whose presentedForm is a picture -- whatever could not be read
inside the criterion's window might say what was not found, so "missing" or "partly documented"
would be a guess. The outcome becomes ``unknown`` and says how much was not read ("1 of 2 notes
within 30 days before 2026-11-22 could not be read: the PDF note is a scanned image without
text"). The same holds when the EHR withheld notes altogether (DocumentReference unreadable).
The same for the coded-record operators (``has_condition`` …) over a type read only in part.
What was found stays cited; a criterion that is met stays met (evidence read is evidence).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..evidence.record import Note, PatientRecord
from .context import Context, Outcome
from .documents import named_notes
from .records import OPERATORS

#: Operators whose evidence is (or can be) note or report text.
NOTE_READERS = frozenset(
    {"has_document", "note_finding", "note_value", "care_episode", "visits_since_report",
     "days_since_report", "computed_bmi"}
)  # fmt: skip
#: The kinds of text that can be unreadable (orders and charted comments are plain strings).
_READ_KINDS = ("note", "report")


def _candidates(operator: str, spec: Any, ctx: Context) -> list[Note]:
    """The notes and reports inside the criterion's window that it would read."""
    spec = spec if isinstance(spec, dict) else {}
    within = spec.get("within_days")
    if operator == "has_document":
        # Clinical notes only, of the statuses and types it names (their titles are read).
        pool, kinds = named_notes(spec, ctx), {"note"}
    else:
        pool, kinds = ctx.record.all_texts(), set(spec.get("kinds", _READ_KINDS)) & set(_READ_KINDS)
    return [
        t for t in pool
        if t.kind in kinds and not t.not_fetched and ctx.in_window(t.date, within)
    ]  # fmt: skip


def partial_read(operator: str, spec: Any, ctx: Context) -> str | None:
    """Why the criterion cannot be judged on what was read, or None when everything was."""
    if ctx.record.is_unreadable("DocumentReference", "Binary"):
        return "clinical notes could not be read (in full) from the EHR"
    texts = _candidates(operator, spec, ctx)
    reasons = {t.ref: why for t in texts if (why := ctx.record.unread_reason(t)) is not None}
    if not reasons:
        return None
    within = spec.get("within_days") if isinstance(spec, dict) else None
    return (
        f"{len(reasons)} of {len(texts)} note{'' if len(texts) == 1 else 's'} "
        f"{ctx.window_text(within)} could not be read: "
        + "; ".join(dict.fromkeys(reasons.values()))
    )


def read_in_full(operator: str, spec: Any, ctx: Context, outcome: Outcome) -> Outcome:
    """``outcome``, or ``unknown`` when it is a gap that what was not read could fill: unread
    notes, or (for a record operator) a type the EHR withheld in part -- an Observation search
    whose later pages failed may hold the recent result that "found only outside the window"
    or "found 1 of the 2 needed" is missing."""
    if outcome.status not in ("missing", "partial"):
        return outcome
    why = None
    if operator in OPERATORS and ctx.record.is_unreadable(*OPERATORS[operator][0]):
        why = f"{'/'.join(OPERATORS[operator][0])} could not be read (in full) from the EHR"
    elif operator in NOTE_READERS:
        why = partial_read(operator, spec, ctx)
    if why is None:
        return outcome
    searched = outcome.searched.rstrip()
    return Outcome("unknown", outcome.evidence, f"{searched} Not judged: {why}.", outcome.dates)


def read_summary(record: PatientRecord) -> str | None:
    """The partial read over the notes and reports the check opened (those inside its windows):
    "2 of 9 notes could not be read: the PDF note is a scanned image without text"; None when
    all were read."""
    opened = [
        t for t in record.all_texts()
        if t.kind in _READ_KINDS and not t.not_fetched and t.opened
    ]  # fmt: skip
    reasons = Counter(record.unread[t.ref] for t in opened if t.ref in record.unread)
    if not reasons:
        return None
    count = sum(reasons.values())
    why = "; ".join(f"{r} ({n})" if n > 1 else r for r, n in reasons.most_common())
    notes = f"note{'' if len(opened) == 1 else 's'}"
    return f"{count} of {len(opened)} {notes} could not be read: {why}"
