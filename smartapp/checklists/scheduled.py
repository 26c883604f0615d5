"""The note that scheduled the requested study: its plan is that study's plan.

A surveillance study is planned at the visit that found what it follows: "Repeat CT chest w/o
contrast in ~3 months (late Feb 2026). If growth -> PET/CT and refer pulm; if stable -> next CT
at 9-12 months" is written in December for a CT ordered in February. A reviewer reads that
plan as the plan for the CT now requested, however old the note (blind W/imaging-03): it says
what the result will change. A note schedules the requested study when one of its statements
names the study's modality (as the order's own text names it: CT, MRI, X-ray; any study when the
order has no words) with a date after the note that falls within a month of the order's date
(written or proposed for the service).

So is the visit a later note orders the study from: "Ordered MRI L knee as discussed 3/13" in a
portal reply of 5/22 makes the 3/13 visit's "If MRI shows displaceable tear -> arthroscopy
referral" the plan of the MRI ordered now (blind wave 26, CQ/aim-02). The later note must order
the study (ordered, placed, scheduled, sent), name it, point back to a discussion or plan
("as discussed", "as planned", "per our discussion") and give the earlier note's own date, and be
written within a month of the order; a study only "discussed 3/13" (not ordered) points at
nothing.

So is the plan the ordering visit wrote in the study's own words, when the study has not been done
since: "MRI brain w/ and w/o contrast (epilepsy protocol) - if lesion, neurosurgery referral" of
11/20 is the plan of the brain MRI whose authorization was sought 1/29, the only contact between
them a portal message (blind wave 32, DP/imaging-02). The statement must name the study's modality
and no other region than the order's, and no report of that modality may be dated after it:
an MRI done since was the study that plan was for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from ..evidence.region_match import compatible
from ..notes.clause_spans import clause_start
from ..notes.written_dates import find_dates
from .context import Context
from .films import MODALITIES

_NEAR = timedelta(days=31)
#: How far back such a note is read (and fetched): a follow-up study scheduled up to a year
#: ahead ("next CT at 9-12 months"), and the month either side of its date.
SCHEDULED_DAYS = 365 + 31
_STATEMENT = lazy_re.compile(r"[^\n.;]+")
_ORDERED = lazy_re.compile(
    r"\b(?:order(?:ed|ing)?|plac(?:ed|ing)|schedul(?:ed|ing)|sent|submitted)\b", re.IGNORECASE
)
_BACK = lazy_re.compile(
    r"\b(?:as\s+(?:discussed|planned|agreed)|per\s+(?:our|the)\s+(?:discussion|plan))\b",
    re.IGNORECASE,
)


def notes_scheduling_order(ctx: Context, refs: Iterable[str]) -> set[str]:
    """Those of ``refs`` (note references) with a statement that schedules the order's study
    for the order's time (see the module docstring)."""
    order = ctx.order
    if order is None:
        return set()
    named = " ".join([order.free_text, *(c.display for c in order.codes)])
    # An order coded without words (a bare CPT code) is matched by any study a statement names.
    kinds = [p for p in MODALITIES.values() if p.search(named)] or list(MODALITIES.values())
    due = [d for d in (order.authored, order.occurrence) if d] or [ctx.as_of]
    wanted = set(refs)
    out = _ordered_as_discussed(ctx, wanted, kinds, due)
    for note in ctx.record.all_texts():
        if note.ref not in wanted or not note.text or note.date is None or note.kind != "note":
            continue
        for statement in _STATEMENT.findall(note.text):
            if not any(p.search(statement) for p in kinds):
                continue
            ahead = [m.when for m in find_dates(statement, note.date) if m.when > note.date]
            if any(abs(when - day) <= _NEAR for when in ahead for day in due):
                out.add(note.ref)
                break
    return out


def plans_of_study_to_do(ctx: Context, findings: list[Any]) -> list[Any]:
    """Those of ``findings`` (plan statements older than the window) that plan the requested
    study in its own words, of a note no study of that modality has been reported since, in
    the reach of :data:`SCHEDULED_DAYS` before the order (see the module docstring)."""
    order = ctx.order
    if order is None or not findings:
        return []
    named = " ".join([order.free_text, *(c.display for c in order.codes)])
    kinds = [p for p in MODALITIES.values() if p.search(named)]
    if not kinds:
        return []  # an order without words names no modality a statement could share
    due = min([d for d in (order.authored, order.occurrence) if d] or [ctx.as_of])
    notes = {n.ref: n for n in ctx.record.all_texts() if n.kind == "note"}
    dates = {ref: n.date for ref, n in notes.items()}
    reported = [
        n.date for n in ctx.record.all_texts()
        if n.date and n.kind in ("report", "note") and any(p.search(n.title) for p in kinds)
    ]  # fmt: skip
    out = []
    for f in findings:
        written = dates.get(f.note_ref)
        if written is None or not timedelta(0) <= due - written <= timedelta(SCHEDULED_DAYS):
            continue
        said = _sentence_to(notes[f.note_ref].text or "", f)
        if not any(p.search(said) for p in kinds):
            continue
        if not compatible(ctx.order_regions, f.regions):
            continue
        if any(written < day <= ctx.as_of for day in reported):
            continue  # a study done since was the one this plan was for
        out.append(f)
    return out


#: Where :func:`_sentence_to` looks back to: a full stop or a line break (not a semicolon).
_SENTENCE_STOP = lazy_re.compile(r"[.\n]")


def _sentence_to(text: str, finding: Any) -> str:
    """The finding's statement with the clauses of its sentence before it: "Plan MRI brain w/wo;
    result will determine AED duration" plans the MRI in the clause the semicolon ends (blind
    wave 57, HI/img-02), as "MRI brain - if lesion, neurosurgery referral" does in one."""
    start = clause_start(text, finding.start, _SENTENCE_STOP)
    return f"{text[start:finding.start]} {finding.snippet}"


def _ordered_as_discussed(
    ctx: Context, wanted: set[str], kinds: list[re.Pattern[str]], due: list[date]
) -> set[str]:
    """Those of ``wanted`` whose date a later note's order of the study points back to (see the
    module docstring)."""
    days: set[date] = set()
    for note in ctx.record.all_texts():
        if not note.text or note.date is None or note.kind != "note":
            continue
        if not any(abs(note.date - day) <= _NEAR for day in due):
            continue
        for statement in _STATEMENT.findall(note.text):
            if not (_ORDERED.search(statement) and _BACK.search(statement)):
                continue
            if any(p.search(statement) for p in kinds):
                days |= {m.when for m in find_dates(statement, note.date) if m.when < note.date}
    return {
        n.ref for n in ctx.record.all_texts()
        if n.ref in wanted and n.date in days and n.kind == "note"
    }  # fmt: skip
