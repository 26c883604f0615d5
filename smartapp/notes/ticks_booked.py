"""A ticked box that says an assessment was done, where the record books it for a later day.

A supplier's prior-authorisation checklist may tick "[X] Home assessment completed - adequate
access" while its own comment, or the clinician's note, says the home visit is "booked
06/16/2026", after the form was filled in (blind wave 53, GT/whc-02; the reviewer: "the supplier
home assessment is only scheduled for 6/16"). The box asserts what the chart should show; the
record says the deed is yet to come, so the tick is no finding of what it would have found.
This is the other side of :func:`.ticked_boxes.contradicted_ticks`, where the narrative denies
or measures against the tick: here it dates the deed after the form.

Only a tick whose item names a deed done ("<what> assessment/evaluation/visit completed|done|
performed"), only when some text of the record names the same kind of deed ("home visit",
"home accessibility assessment") booked or scheduled for a written date after the form's own
date, and only when no narrative statement (outside a form box) states the finding.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .model import NoteFinding, NoteInput
from .ticked_boxes import in_ticked_box
from .written_dates import find_dates

_DEED = r"(?:assessment|evaluation|eval|visit|inspection|survey)"
#: The tick's item: "Home assessment completed", "Home safety evaluation done".
_DONE_ITEM = lazy_re.compile(
    rf"\b([a-z]+)\s+(?:[a-z]+\s+)?{_DEED}\s+(?:completed?|done|performed)\b", re.IGNORECASE
)
#: The item runs from the box to the end of its line or the next box.
_BOX_BEFORE = lazy_re.compile(r"(?:\[\s*[xX✓✔]\s*\]|[☒☑])[^\[\]☐☒☑\n]*$")
#: Words that say a booked deed has since happened ("scheduled 6/1 - completed, doors 34 in").
_HAPPENED = lazy_re.compile(r"\b(?:completed?|done|performed|found|showed|shows)\b", re.IGNORECASE)


def _booked(what: str) -> re.Pattern[str]:
    """The record's statement that a deed of kind ``what`` is booked for later."""
    return re.compile(
        rf"\b{re.escape(what)}\s+(?:[a-z]+\s+){{0,2}}{_DEED}\b[^.;\n]{{0,60}}?"
        r"\b(?:scheduled|booked|pending|planned|set up)\b[^.;\n]{0,40}",
        re.IGNORECASE,
    )


def _item(text: str, start: int) -> str:
    """The ticked item holding ``start``: from its box to the end of its line."""
    box = _BOX_BEFORE.search(text, max(0, start - 200), start)
    end = text.find("\n", start)
    return text[box.start() if box else start : end if end >= 0 else len(text)]


def booked_ticks(notes: Sequence[NoteInput], findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each ticked "<what> assessment completed" made hypothetical when the
    record books that deed for a date after the tick's note and no narrative states it."""
    texts = {note.ref: note.text for note in notes}
    dates = {note.ref: note.date for note in notes}
    out = list(findings)
    ticks = [
        i for i, f in enumerate(findings)
        if not f.negated and in_ticked_box(texts.get(f.note_ref, ""), f.start)
    ]  # fmt: skip
    if not ticks:
        return out
    narrative = {
        (f.category, f.concept)
        for f in findings
        if f.asserted and not in_ticked_box(texts.get(f.note_ref, ""), f.start)
    }
    for i in ticks:
        f = findings[i]
        done = _DONE_ITEM.search(_item(texts.get(f.note_ref, ""), f.start))
        form_date = dates.get(f.note_ref)
        if not done or form_date is None or (f.category, f.concept) in narrative:
            continue
        if _booked_after(notes, _booked(done.group(1)), form_date):
            out[i] = replace(f, hypothetical=True)
    return out


def _booked_after(notes: Sequence[NoteInput], booked: re.Pattern[str], form_date: dt.date) -> bool:
    """Whether a text of ``notes`` books the deed for a written date after ``form_date``."""
    for note in notes:
        for match in booked.finditer(note.text or ""):
            if _HAPPENED.search(match.group()):
                continue
            when = [d.when for d in find_dates(match.group(), note.date)]
            if any(day > form_date for day in when):
                return True
    return False
