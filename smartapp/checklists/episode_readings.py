"""An oxygen reading a note tells as an earlier episode's is that episode's test, not the note's.

LCD L33797 judges home oxygen by a test at the time of need, and OXY-001 reads that as the newest
test qualifying: a later reading that does not qualify means an earlier one is not this
illness's. A clinic note that recalls an emergency visit or an admission ("recovered from Nov
pneumonia (ED SpO2 87% then)", "sat 87% RA in ER", "spo2 87% on admission") restates that
episode's reading; dated by the note, it joined the note's own 89% as a test of the same day and
qualified (blind wave 75, KA/dme-home-oxygen-03: the ED's 87% of four months before).

A reading its statement neither dates nor calls today's, whose statement names such an episode
(the ED or ER, urgent care, triage, an admission or hospital stay, "at that time", or "then"
closing the reading), takes the day of the equal value charted before the note (and on none
since), else the first day of the month its statement names before the note's month. A reading
with nothing to date it by stays the note's; so does "87% RA then 85% after 3 min", a sequence.

The episode and its reading are often two statements: "Had pneumonia in November; O2 sat was 87%
at the ED.", "Admitted 11/2025 for CHF. Sats 86% on RA at that time." (s70-k). A reading whose
own statement points back so and writes no date of its own, with no equal value charted, takes
the latest date the statement just before it writes, before the note's day. Not a reading of
this visit ("Sats 86% on RA today", "ambulatory sat 87% at this visit"), nor one whose statement
points at no episode ("Admitted 11/2025 for CHF. Sats 86% on RA at rest.").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.clause_spans import clause_text
from ..notes.clauses import stop_bounded_clause
from ..notes.written_dates import MONTH_PATTERN, MONTHS, find_dates
from .context import FINAL, Context

#: The Observation codes that chart each reading (codelists oxygen-tests and arterial-po2).
_SPO2 = frozenset({"59408-5", "2708-6", "59417-6"})
_CHARTED = {"spo2": _SPO2, "spo2-nadir": _SPO2, "pao2": frozenset({"2703-7"})}
#: The emergency department's abbreviations, in capitals only ("ed" ends many a word's stem).
_ED = lazy_re.compile(r"\b(?:ED|ER|UC)\b")
_EPISODE = lazy_re.compile(
    r"\b(?:emergency\s+(?:room|department|dept)|urgent\s+care|triage|admission|admitted|"
    r"hospitali[sz]\w*|inpatient|in\s+(?:the\s+)?hospital|on\s+arrival|at\s+(?:that|the)\s+time|"
    r"back\s+then|then(?=\s*(?:[).;,:]|$)))",
    re.IGNORECASE,
)
_TODAY = lazy_re.compile(r"\b(?:today|this\s+(?:visit|morning)|now|current(?:ly)?)\b", re.I)
_MONTH = lazy_re.compile(rf"\b({MONTH_PATTERN})(?![\w.]|\s*,?\s*\d)", re.IGNORECASE)
#: How far back the statement before a reading is looked for.
_REACH = 300
#: The clause that dates the episode names it, or the illness it was for: "Admitted 11/2025",
#: "Had pneumonia in November", "CHF exacerbation 11/20/25". Not another event's date: "former
#: smoker (quit 2015)" before "In ED SpO2 82% RA" (M/oxygen-02: this admission's ED).
_EPISODE_EVENT = lazy_re.compile(
    r"\b(?:admi(?:t|ts|tted|ssion)|visit|seen|went|stay|pneumonia|cap|copd|aecopd|exacerbation|"
    r"flare|chf|heart\s+failure|covid\w*|flu|influenza|bronchitis|infection|sepsis|illness|sick|"
    r"uri|pe|embol\w*|hypoxi\w*|resp\w*\s+failure)\b",
    re.IGNORECASE,
)
_CLAUSE_MARK = lazy_re.compile(r"[,;()]")


def told_of_episode(readings: list[Any], ctx: Context, written: dict[str, date | None]) -> list:
    """``readings`` with each oxygen reading told as an earlier episode's dated by that
    episode (see the module docstring)."""
    charted: dict[tuple[str, float], list[date]] = {}
    for concept in {f.concept for f in readings} & _CHARTED.keys():
        for item in ctx.record.of("Observation"):
            if (
                item.value is not None and item.date is not None and item.status in FINAL
                and any(c.code in _CHARTED[concept] for c in item.codes)
            ):  # fmt: skip
                charted.setdefault((concept, round(item.value, 1)), []).append(item.date)
    out = []
    for f in readings:
        day = written.get(f.note_ref)
        said = f.snippet or ""
        if f.when or day is None or f.concept not in _CHARTED or not _told_of_episode(said):
            out.append(f)
            continue
        days = [d for d in charted.get((f.concept, round(f.value, 1)), []) if d <= day]
        when = max(days) if days else _month_named(said, day)
        if when is None and not find_dates(said, day):  # "Admitted 11/2025. Sats 86% then."
            when = _dated_just_before(ctx.texts.get(f.note_ref, ""), said, f.start, day)
        out.append(replace(f, when=when) if when and when < day else f)
    return out


def _told_of_episode(said: str) -> bool:
    return bool(_ED.search(said) or _EPISODE.search(said)) and not _TODAY.search(said)


def _month_named(said: str, day: date) -> date | None:
    """The first day of the month ``said`` names, the last such month before ``day``'s."""
    match = next((m for m in _MONTH.finditer(said) if m.group(1) != "may"), None)
    if match is None:
        return None  # "may" in lower case is the verb ("may need O2 at home")
    month = MONTHS[match.group(1).lower().rstrip(".")]
    if month == day.month:
        return None  # this month's or a year back: the statement does not say which
    return date(day.year if month < day.month else day.year - 1, month, 1)


def _dated_just_before(text: str, said: str, at: int, day: date) -> date | None:
    """The latest date before ``day`` the statement just before ``said`` (the statement holding
    the reading at note offset ``at``) writes: "Admitted 11/2025 for CHF." before "Sats 86% on
    RA at that time." gives 11/1/2025."""
    start = text.rfind(said, max(0, at - len(said)), at + len(said)) if said else -1
    if start < 0:
        return None
    lead = text[max(0, start - _REACH) : start].rstrip(" \t.;\n")
    before = lead[stop_bounded_clause(lead, len(lead))[0] :]  # the statement just before
    dates = [m.when for m in find_dates(before, day) if m.when < day and _of_episode(before, m)]
    return dates[-1] if dates else None


def _of_episode(statement: str, mention: Any) -> bool:
    """Whether the clause of ``statement`` holding the date ``mention`` names an episode."""
    clause = clause_text(statement, mention.start, mention.end, _CLAUSE_MARK)
    return bool(_ED.search(clause) or _EPISODE.search(clause) or _EPISODE_EVENT.search(clause))
