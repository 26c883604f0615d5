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
from .plan_periods import LONGEST_PLAN_DAYS
from .records import OPERATORS
from .scheduled import SCHEDULED_DAYS
from .unread_next_plan import unless_next_plan_unread

#: Operators whose evidence is (or can be) note or report text.
NOTE_READERS = frozenset(
    {"has_document", "note_finding", "note_value", "care_episode", "visits_since_report",
     "days_since_report", "computed_bmi"}
)  # fmt: skip
#: The kinds of text that can be unreadable (orders and charted comments are plain strings).
_READ_KINDS = ("note", "report")
#: Notes named per reason in an item's text (the report's warnings name every one).
MAX_NAMED = 5


def reach(spec: Any) -> int | None:
    """The criterion's window in days: note_finding reaches back further for a plan still in
    force, or the note that scheduled the study (note_windows.py) -- an unread note there could
    hold it too."""
    within = spec.get("within_days") if isinstance(spec, dict) else None
    if within is None:
        return None
    if spec.get("in_force"):
        within = max(within, LONGEST_PLAN_DAYS)
    if spec.get("scheduled"):
        within = max(within, SCHEDULED_DAYS)
    return within


def none_read_here(spec: Any, ctx: Context) -> bool:
    """Whether notes the criterion could read were fetched and none of them could be read.
    Notes not fetched (outside every window), or fetched for another item's longer window, are
    neither: an unread note from before this window cannot hold what it asks (blind wave 45,
    FO/aim-03: a 75-day-old note unread made a 60-day exam "could not check" naming no note).
    An undated one might."""
    within = reach(spec if isinstance(spec, dict) else {})
    fetched = [
        n for n in ctx.record.notes
        if not n.not_fetched and (n.date is None or ctx.in_window(n.date, within))
    ]  # fmt: skip
    return bool(fetched) and all(n.text is None for n in fetched)


def _candidates(operator: str, spec: Any, ctx: Context) -> list[Note]:
    """The notes and reports inside the criterion's window that it would read."""
    spec = spec if isinstance(spec, dict) else {}
    within = reach(spec)
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
    within = reach(spec)
    return (
        f"{len(reasons)} of {len(texts)} note{'' if len(texts) == 1 else 's'} "
        f"{ctx.window_text(within)} could not be read: " + named_reasons(reasons)
    )


def named_reasons(reasons: dict[str, str]) -> str:
    """ "the PDF note is a scanned image without text (DocumentReference/d2, …/d5)": each reason
    with the notes it holds for, so the user knows which documents to pull from the EHR."""
    by_reason: dict[str, list[str]] = {}
    for ref, why in reasons.items():
        by_reason.setdefault(why, []).append(ref)
    return "; ".join(
        f"{why} ({', '.join(refs[:MAX_NAMED])}"
        + (f" and {len(refs) - MAX_NAMED} more)" if len(refs) > MAX_NAMED else ")")
        for why, refs in by_reason.items()
    )


def read_in_full(operator: str, spec: Any, ctx: Context, outcome: Outcome) -> Outcome:
    """``outcome``, or ``unknown`` when it is a gap that what was not read could fill: unread
    notes, or (for a record operator) a type the EHR withheld in part -- an Observation search
    whose later pages failed may hold the recent result that "found only outside the window"
    or "found 1 of the 2 needed" is missing."""
    outcome = unless_next_plan_unread(spec, ctx, outcome)  # the next plan may be the unread note
    if outcome.status == "unknown" and operator in NOTE_READERS:
        # The operator found it could not judge ("notes could not be read"); the item still
        # names which notes, so the user knows which documents to pull from the EHR.
        why = partial_read(operator, spec, ctx)
        if why is None or "Not judged:" in outcome.searched:
            return outcome
        searched = outcome.searched.rstrip()
        return Outcome("unknown", outcome.evidence, f"{searched} Not judged: {why}.", outcome.dates)
    # "None found yet" (days_since_report: no evaluation, so no clock) is a gap in what was
    # read like any other: the evaluation may be in the unread note.
    nothing_yet = outcome.status == "not_applicable" and operator in NOTE_READERS
    if outcome.status not in ("missing", "partial") and not nothing_yet:
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


def _opened(record: PatientRecord) -> list[Note]:
    """The notes and reports the check opened (those inside its windows)."""
    return [
        t for t in record.all_texts()
        if t.kind in _READ_KINDS and not t.not_fetched and t.opened
    ]  # fmt: skip


def unread_opened(record: PatientRecord) -> dict[str, str]:
    """The notes and reports the check opened that could not be read, each with its reason
    (for :func:`named_reasons`)."""
    return {t.ref: why for t in _opened(record) if (why := record.unread_reason(t)) is not None}


def unread_count(record: PatientRecord) -> int:
    """How many of the notes and reports the check opened could not be read (what holds the
    readiness verdict back from "ready": readiness.readiness_state)."""
    return sum(t.ref in record.unread for t in _opened(record))


def read_summary(record: PatientRecord) -> str | None:
    """The partial read over the notes and reports the check opened (those inside its windows):
    "2 of 9 notes could not be read: the PDF note is a scanned image without text"; None when
    all were read."""
    opened = _opened(record)
    reasons = Counter(record.unread[t.ref] for t in opened if t.ref in record.unread)
    if not reasons:
        return None
    count = sum(reasons.values())
    why = "; ".join(f"{r} ({n})" if n > 1 else r for r, n in reasons.most_common())
    notes = f"note{'' if len(opened) == 1 else 's'}"
    return f"{count} of {len(opened)} {notes} could not be read: {why}"


#: Combinators and the keys of their spec that hold criteria (engine.check, sequence.py).
_NESTED = {"all_of": None, "any_of": None, "not": None, "before": ("criterion", "event"),
           "after": ("criterion", "event"), "latest": ("criterion", "readings")}  # fmt: skip


def unread_under(criterion: Any, ctx: Context) -> str | None:
    """Why some note-reading criterion inside ``criterion`` (a tree of combinators) cannot be
    judged on what was read -- the first such reason -- or None when all it reads was read."""
    if not isinstance(criterion, dict):
        return None
    for operator, spec in criterion.items():
        if operator in NOTE_READERS:
            why = partial_read(operator, spec, ctx)
        elif operator in _NESTED:
            keys = _NESTED[operator]
            children = (
                [spec.get(k) for k in keys] if keys and isinstance(spec, dict)
                else spec if isinstance(spec, list) else [spec]
            )  # fmt: skip
            why = next(filter(None, (unread_under(c, ctx) for c in children)), None)
        else:
            why = None
        if why is not None:
            return why
    return None


def unless_unread(outcome: Outcome, ctx: Context, *criteria: Any) -> Outcome:
    """``outcome`` (a gap a combinator made of what it found: dated too early, not the latest),
    or ``unknown`` when ``criteria`` read notes that could not be read: the evidence that would
    close the gap (a later exam, an earlier evaluation) may be in them."""
    if outcome.status not in ("missing", "partial"):
        return outcome
    why = next(filter(None, (unread_under(c, ctx) for c in criteria)), None)
    if why is None:
        return outcome
    searched = f"{outcome.searched.rstrip()} Not judged: {why}."
    return Outcome("unknown", outcome.evidence, searched, outcome.dates)


def unless_exempt(outcome: Outcome, applies_when: Any, ctx: Context) -> Outcome:
    """``outcome`` of an item whose exception (``applies_when``) could not be judged, or
    ``unknown`` when it is a gap and the exception reads notes that could not be read: the note
    may show the item does not apply (a BMI of 40 worked out from its weight, which makes the
    comorbidity needless), so "missing" would blame the gap on a note not seen. The usual
    requirement is still evaluated: what is met stays met."""
    if outcome.status not in ("missing", "partial"):
        return outcome
    why = unread_under(applies_when, ctx)
    if why is None:
        return outcome
    searched = f"{outcome.searched.rstrip()} Not judged whether it applies: {why}."
    return Outcome("unknown", outcome.evidence, searched, outcome.dates)
