"""A sleep index a later note restates without a date of its own is its study's, with its date.

A letter of medical necessity written this month that says "moderate obstructive sleep apnea (AHI
22 on polysomnography)" reports no new study: the AHI 22 is the PSG the visit note told as "OSA dx
11/2024 on PSG (AHI 22)", fifteen months before, and the only study of the last 12 months is a
home test whose REI was 4.9 (blind wave 88, LZ/cpap-03). LCD L33718 asks for the qualifying test
itself within the window, so the restated index takes the study's date, not the letter's.

For an index (AHI, REI, RDI) that its statement does not date, that is not copied from a dated
note and that no word tells anew ("repeat HST: REI 18", "AHI 22 today"), in a note, not a study's
own report:

1. the same value given on an earlier day (a coded Observation, a report's text, a note dated by
   its statement, or a note's undated value dated in turn by this rule, else by its note) is that
   reading: it takes the newest such day before its note;
2. else, when its statement names the kind of study (polysomnography or a home test) and the
   record holds a study of that kind dated before the note (coded, a report, or a note naming it
   with its date) whose own index is not on file as a different value, it takes the newest such
   study's day.

A value with neither keeps its note's day, so a study the record holds only as this statement is
still read as written; so is one its statement dates ("AHI 22 on PSG 1/2026").

Such a value left with its note's day while a note written before it could not be read may be
that note's study, or dated by it (bench/unread.py, invariant a: LZ/cpap-03 with the visit note
unread met CPAP-002 by the letter's date): ``unread_restating`` names those notes, so an item met
only through such values is "could not check" rather than met.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from .. import lazy_re
from .context import Context
from .record_filters import done
from .unread_hypopneas import SLEEP_INDICES
from .unread_notes import named, unread_texts

#: Words by which a statement tells its index anew, not a study on file again.
_ANEW = lazy_re.compile(
    r"\b(?:today|tonight|last night|yesterday|this (?:visit|week|month)|new(?:ly)?|"
    r"repeat(?:ed)?|re-?(?:test|study|done)\w*|recent(?:ly)?|latest|updated|just|now)\b",
    re.IGNORECASE,
)
#: An in-lab study named in words: "polysomnography", "PSG", "split-night", "sleep lab".
PSG_WORDS = lazy_re.compile(
    r"\b(?:polysomno\w*|n?psg|in[- ]?lab|split[- ]night|sleep lab\w*|"
    r"attended (?:sleep )?stud\w*)\b",
    re.IGNORECASE,
)
#: A home test named in words: "HST", "HSAT", "home sleep (apnea) test", "WatchPAT", "OCST".
HST_WORDS = lazy_re.compile(
    r"\b(?:hsat|hst|home sleep\b[\w ]{0,12}?(?:test\w*|stud\w*)|watch-?pat|ocst|"
    r"out[- ]of[- ]cent(?:er|re)|portable (?:sleep )?(?:stud\w*|monitor\w*))\b",
    re.IGNORECASE,
)
#: A sleep index named in a coded result's text (has_observation's names for CPAP-002).
_INDEX = lazy_re.compile(
    r"\b(?:ahi|rei|rdi|p?ahi|apnea[- ]hypopnea index|respiratory (?:event|disturbance) index)\b",
    re.IGNORECASE,
)
#: CPT/HCPCS codes of an attended study and of a home test (the sleep-studies code list).
_PSG_CODES = frozenset({"95782", "95783", "95808", "95810", "95811"})
_HST_CODES = frozenset({"95800", "95801", "95806", "G0398", "G0399", "G0400"})
#: Statuses of a coded study or result that is one: done, not cancelled or in error.
_OPERATOR = {"Procedure": "has_procedure"}


def _kind(text: str, codes: Any = ()) -> str:
    """The kind of study named: "psg", "hst" or "" (none, or both)."""
    found = {c.code for c in codes}
    psg = bool(found & _PSG_CODES) or bool(PSG_WORDS.search(text))
    hst = bool(found & _HST_CODES) or bool(HST_WORDS.search(text))
    return "psg" if psg and not hst else "hst" if hst and not psg else ""


def _coded(ctx: Context) -> tuple[list[tuple[date, float]], list[tuple[date, str]]]:
    """(day, value) of the coded sleep indices, and (day, kind) of the coded studies."""
    values, studies = [], []
    for item in ctx.record.of("Observation", "DiagnosticReport", "Procedure"):
        operator = _OPERATOR.get(item.kind, "has_observation")
        if item.date is None or not done(item, operator):
            continue
        words = " ".join([item.text, *(c.display for c in item.codes)])
        kind = _kind(words, item.codes)
        if kind:
            studies.append((item.date, kind))
        if item.kind == "Observation" and item.value is not None and _INDEX.search(words):
            values.append((item.date, round(item.value, 1)))
    return values, studies


def _fits(finding: Any) -> bool:
    """The finding is the patient's, told as had (a plan or a relative's study is none). Negated
    ones count: "OSA on PSG (AHI 22), never started CPAP" reads the PSG under the "never"."""
    return not (finding.family or finding.hypothetical or finding.planned)


def dated_by_study(readings: list[Any], ctx: Context, dates: dict[str, date | None]) -> list:
    """``readings`` with each undated sleep index restated from an earlier study dated by it."""
    if not any(f.concept in SLEEP_INDICES and not f.when for f in readings):
        return readings
    kinds = {t.ref: t.kind for t in ctx.record.all_texts()}
    values, studies = _coded(ctx)
    findings = [f for f in ctx.record.findings or () if _fits(f)]
    for f in findings:  # studies named in a report, or in a note with their date
        day = f.when or (dates.get(f.note_ref) if kinds.get(f.note_ref) == "report" else None)
        if f.category == "diagnostic-results" and f.concept == "sleep-study" and day:
            kind = _kind(f.text) or _kind(f.snippet)
            if kind:
                studies.append((day, kind))
    indices = [
        f for f in findings
        if f.category == "measure" and f.concept in SLEEP_INDICES and f.value is not None
    ]  # fmt: skip
    told: dict[tuple, date | None] = {}
    # Oldest note first, so a letter restating a note that restated the study reaches the study.
    for f in sorted(indices, key=lambda f: (dates.get(f.note_ref) or date.max, f.start)):
        day = told[_key(f)] = _day(f, kinds, dates, values, studies)
        if day:
            values.append((day, round(f.value, 1)))
    out = []
    for f in readings:
        day = told.get(_key(f))
        written = dates.get(f.note_ref)
        if f.concept in SLEEP_INDICES and not f.when and day and written and day < written:
            f = replace(f, when=day)
        out.append(f)
    return out


def _key(finding: Any) -> tuple:
    """A finding as the note reader found it (an operator may hand on a changed copy)."""
    return finding.note_ref, finding.start, finding.end, finding.concept


def _day(f: Any, kinds: dict, dates: dict, values: list, studies: list) -> date | None:
    """The day a sleep index was measured: its statement's, its report's, the earlier study it
    restates (the module's rules), else its note's."""
    written = dates.get(f.note_ref)
    if f.when or kinds.get(f.note_ref) == "report" or not written:
        return f.when or written
    if f.copied_from or _ANEW.search(f.snippet or ""):
        return written
    value = round(f.value, 1)
    same = [day for day, v in values if v == value and day < written]
    if same:
        return max(same)
    kind = _kind(f.snippet or "")
    named = [day for day, k in studies if k == kind and day < written] if kind else []
    if not named:
        return written
    # Not a study whose own index is on file as another value: that one is not this one.
    last = max(named)
    other = [v for day, v in values if day == last and v != value]
    return written if other else last


def _restating(f: Any, kinds: dict, dates: dict) -> bool:
    """An undated index in a note, not copied and not told anew, kept at its note's day: one an
    earlier note's study could be (the rules above, had that note been read)."""
    written = dates.get(f.note_ref)
    return bool(
        f.concept in SLEEP_INDICES and written and not f.copied_from
        and kinds.get(f.note_ref) != "report" and not _ANEW.search(f.snippet or "")
        and f.when is None
    )  # fmt: skip


def unread_restating(
    in_range: list[Any], ctx: Context, dates: dict[str, date | None], enough: Any
) -> str | None:
    """The unread notes written before the notes of the undated restated indices ``in_range``
    needs (``enough(rest)`` says whether the other readings meet the item alone), or None."""
    kinds = {t.ref: t.kind for t in ctx.record.all_texts()}
    doubtful = [f for f in in_range if _restating(f, kinds, dates)]
    if not doubtful or enough([f for f in in_range if f not in doubtful]):
        return None
    latest = max(dates[f.note_ref] for f in doubtful)
    unread = [n.ref for n in unread_texts(ctx) if n.date and n.date < latest]
    return named(unread) if unread else None
