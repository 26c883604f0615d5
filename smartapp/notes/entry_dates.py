"""The time of the history entry a statement was cut from, for care the statement tells with no
time of its own.

A problem list or past history writes an old problem with its year and what was done for it:
"Problem list: low back pain (2019, treated w/ PT x6 wks - resolved); L5-S1 HNP." The list is
cut at the comma and the dash, so "treated w/ PT x6 wks" is a statement with no date, and its
six weeks were counted back from the note's day: a 2019 course made this episode's recent
nonoperative care (blind wave 44, FI/spine-03 as its author left it open). The care is as old as
its entry: the time that opens the entry's parentheses ("(2019, ...", "(in 2019; ...",
"(2019-2020, ...", "(3 years ago, ...", "(as a teen - ...") or, for a remark a list cut from its
entry at a dash ("LBP 2019 - PT x6 wks, resolved", "2019 - LBP treated with PT"), the one time
that entry writes.

Only a time written alone is the entry's time: "(since 2019; PT x6 wks, no relief)" and
"(dx 2019, ...)" date the problem, not the care, which stays undated. Care whose own words give
a time ("PT x6 wks ending 2/27", "PT 1/2026") keeps it (never the entry's), and so does every
piece after another time the entry gives ("(2019, flared 1/2026; PT x6 wks)").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .. import lazy_re
from .durations import find_dates
from .model import CARE_CATEGORIES, NoteFinding
from .problems import open_parenthesis
from .seasons import SEASON, YEAR_SEASON

#: A time before the note that names no date: read by the checklists (past_times.py) when it is
#: a count of years or the last season ("3 years ago", "last fall").
_AGO = (
    r"(?:\d{1,2}|a|one|two|three|a\s+few|several|many)\s+(?:years?|yrs?)\s+ago|"
    rf"last\s+(?:year|{YEAR_SEASON})"
)
#: A time of life or an uncounted span: history, with no day any lookback window could hold.
_REMOTE = (
    r"(?:years|decades?)\s+ago|as\s+an?\s+(?:teen(?:ager)?|child|kid|adolescent|young\s+adult)|"
    r"in\s+(?:childhood|adolescence|(?:high\s+)?school|college|(?:his|her|their)\s+(?:teens|"
    r"twenties|20s|youth))"
)
_AGO_TIME = lazy_re.compile(rf"\b(?:{_AGO})\b", re.IGNORECASE)
_REMOTE_TIME = lazy_re.compile(rf"\b(?:{_REMOTE})\b", re.IGNORECASE)
_ANY_TIME = lazy_re.compile(rf"\b(?:{_AGO}|{_REMOTE})\b", re.IGNORECASE)
#: What may stand beside a time written alone: "in 2019", "~2019", "early 2019", "2019-2020".
_FILLER = lazy_re.compile(
    rf"(?:\b(?:in|around|about|approx|circa|c|early|late|mid|{SEASON}|"
    r"of|to|through|thru|and)\b|[\s~.,/\-–])*",
    re.IGNORECASE,
)
#: Where a list or sentence cuts an entry's bracket: the first piece ends there.
_PIECE_END = lazy_re.compile(r"[,;:)]|\s[-–]\s")
#: What joins a list entry to its remark: "LBP 2019 - treated w/ PT x6 wks".
_DASH = lazy_re.compile(r"\s+[-–]\s+|\s*[-–]\s*$")
#: The sections whose entries a dash cuts from their remarks (segments.LIST_SECTIONS' histories).
_HISTORY_LISTS = frozenset({"problem_list", "pmh"})


def entry_time(
    text: str,
    start: int,
    end: int,
    section: str,
    before: tuple[int, int] | None,
    note_date: dt.date | None,
) -> str:
    """The words of the time that dates the entry the statement at [start, end) was cut from
    ("2019", "in 2019", "3 years ago", "as a teen"), or "" when it was cut from none, that
    entry writes no time alone, or the statement gives a time of its own. ``before`` is the
    previous statement's span, when it was of the same list."""
    if _has_time(text[start:end], note_date):
        return ""
    opened = open_parenthesis(text, start)
    if opened is not None:
        piece = _PIECE_END.search(text, opened + 1, start)
        if piece is None:
            return ""
        lead, gap = text[opened + 1 : piece.start()], text[piece.end() : start]
        alone = _time_alone(lead, note_date) and not _has_time(gap, note_date)
        return lead.strip() if alone else ""
    if before is None or section not in _HISTORY_LISTS:
        return ""
    gap = text[before[1] : start]
    entry = text[before[0] : before[1]]
    if "\n" in gap or not (_DASH.fullmatch(gap) or _DASH.search(entry[-3:])):
        return ""
    return _written_time(entry.rstrip(" -–"), note_date)


def dated_by_entry(
    found: list[NoteFinding], words: str, note_date: dt.date | None
) -> list[NoteFinding]:
    """The statement's care findings dated by the entry's time ``words``: its dates (a year, a
    month, a range) for a lookback window to place, or, for a time of life ("as a teen"), past
    history with no date (episode_pieces.py drops it)."""
    if not words:
        return found
    dates = tuple(sorted({m.when for m in find_dates(words, note_date)}))
    remote = not dates and not _AGO_TIME.search(words)
    return [
        replace(
            f, dates=dates, when=dates[-1] if dates else None, entry=words,
            historical=f.historical or remote,
        ) if f.category in CARE_CATEGORIES else f
        for f in found
    ]  # fmt: skip


def _has_time(words: str, note_date: dt.date | None) -> bool:
    return bool(find_dates(words, note_date) or _ANY_TIME.search(words))


def _time_alone(words: str, note_date: dt.date | None) -> bool:
    """Whether ``words`` are a time and nothing else: "2019", "in 2019", "2019-2020", "3/2019",
    "3 years ago", "as a teen" (not "since 2019", "dx 2019", "PT 2019")."""
    spans = [(m.start, m.end) for m in find_dates(words, note_date)]
    spans += [m.span() for m in _ANY_TIME.finditer(words)]
    if not spans:
        return False
    rest = list(words)
    for a, b in spans:
        rest[a:b] = " " * (b - a)
    return bool(_FILLER.fullmatch("".join(rest)))


def _written_time(entry: str, note_date: dt.date | None) -> str:
    """The one time an entry writes with nothing but its problem around it: "LBP 2019",
    "2019 LBP", "LBP (2019)", "lumbar strain in 2019"; not a start ("LBP since 2019") or a
    diagnosis date ("HNP dx 2019")."""
    found = find_dates(entry, note_date)
    times = [(m.start, m.end) for m in found] + [m.span() for m in _ANY_TIME.finditer(entry)]
    if not times or _STARTED.search(entry):
        return ""
    first, last = min(a for a, _ in times), max(b for _, b in times)
    words = entry[first:last]
    return words.strip() if _time_alone(words, note_date) else ""


#: Words that make an entry's time the start of something running on, or the diagnosis's.
_STARTED = lazy_re.compile(
    r"\b(?:since|from|start\w*|began|begun|onset|dx'?d?|diagnosed|ongoing|current\w*|chronic)\b",
    re.IGNORECASE,
)
