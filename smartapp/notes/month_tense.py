"""Whether a month written alone ("in March", "late Feb", "(Dec)") is one gone by or one to come,
from the words of its own clause (brief s80-time).

A month without a year that falls in the 90 days after its note is read as an appointment
(calendar_days._yearless: "f/u in March" written in January). A month named with what was done
or how it went is no appointment: "PT in March, no help.", "Had ESI in Feb, 50% relief", "CSI in
Nov helped ~4 wks", "she had cortisone injections in March and September", "Pain returned since
~late Jan" are the latest such month on or before the note. Read as to come, a course the patient
had was dated after the note and lost as history (blind corpus: EW/tka-02 "CSI in Nov helped" in
an August note, GX/hyaluronan-02 "Synvisc-One in July gave him 7 months" in April, HW/tka-01
"cortisone shots in April and September - the last one did nothing" in January).

What the clause says decides, the nearest word first: a history word before the month ("had",
"tried", "s/p", "since", "failed") against a plan's ("f/u", "scheduled", "start", "will", "goal"),
whichever stands closer to the month; with neither before it, an outcome right after the month
("in March, no help", "in Feb, 50% relief", "in Nov helped", "in March x6 wks") makes it past. The
clause ends at a sentence stop or a spaced dash, so "did not start PT - the clinic could not get
him in until mid-February" keeps February to come. A month with no such words keeps the reading
it had ("PFTs in June.", "CDCES teaching visit in April.": corpus notes of plans, written so).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import latest_on_or_before
from .clause_spans import clause_start

#: Where the clause a month is written in begins: a sentence stop, a line break or a spaced dash
#: ("Pt did not start PT - the clinic could not get him in until mid-February").
_CLAUSE_START = lazy_re.compile(r"[.;!?\n]\s|\n|\s(?:-|--|–|—)\s")

#: History words: a deed done, a course tried, a start gone by. Not one told to come ("will be
#: done", "to be completed") and not "started" as a plan ("will be started").
_PAST = lazy_re.compile(
    r"(?<!\bwill )(?<!\bto )(?<!\bbe )(?<!\bbeen )\b(?:had|did|tried|failed|got|gave|done|"
    r"completed|finished|stopped|quit|discontinued|d/c'?d|s/p|status\s+post|since|started|"
    r"began|begun|prior(?!\s+to\b)|previous(?:ly)?|h/o|hx|received|underwent|performed|diagnosed|helped|"
    r"attended|resolved|went|fell|injected|relieved)\b",
    re.IGNORECASE,
)
#: Plan words: what is to come ("f/u in March", "start PT in March", "scheduled for March",
#: "goal RTW by mid-May", "not until mid-February"); month_parts._AHEAD's and more.
_AHEAD = lazy_re.compile(
    r"\b(?:plan(?:s|ned|ning)?|schedul\w*|sched|booked|upcoming|next|expect\w*|anticipat\w*|"
    r"will|wants?|wish(?:es)?|hopes?|hoping|would\s+like|f/u|follow[- ]?up|rtc|return(?!ed)|"
    r"recheck|repeat|due|goal|target|until|till|start(?:s|ing)?|to\s+begin|going|pending)\b",
    re.IGNORECASE,
)
#: How it went, right after the month: "in March, no help", "in Feb, 50% relief", "in Nov
#: helped ~4 wks", "in July gave him 7 months", "in March x6 wks" (a course's length had). At
#: most two words between, none of them a condition ("f/u in March, sooner if no relief").
_OUTCOME_AFTER = lazy_re.compile(
    r"[\s,:;()\-]*(?:(?!(?:if|unless|when|should|sooner|or)\b)[\w'/~%-]+[\s,]+){0,2}?"
    r"(?:no\s+(?:help|relief|benefit|improvement|change)|not\s+help\w*|did\s*n[o']t\s+help|"
    r"did\s+nothing|nothing\s+(?:helped|worked|lasts|lasted)|helped|gave|worked|failed|"
    r"improved|(?:w/o|without)\s+(?:relief|benefit|improvement)|\d{1,3}\s*%\s*(?:relief|better|"
    r"improve\w*)|(?:partial|minimal|good|some|mild|temporary|significant|little|brief)\s+"
    r"relief|x\s*\d+\s*(?:wks?|weeks?|mos?|months?|days?|visits?|sessions?)\b)",
    re.IGNORECASE,
)
#: A future verb right after the month makes its clause a plan whatever came before: "HSAT done
#: at outside lab in Jan will be reviewed" in a December note (KV/sleep-studies-03: the study of
#: 15 January to come, its "done" a participle of what the plan will review).
_AHEAD_AFTER = lazy_re.compile(r"\s+(?:will|shall|is\s+to|are\s+to|to\s+be)\b", re.IGNORECASE)
#: A year told in words after the month: "since late Feb last year", "in March next year".
_YEAR_WORDS = lazy_re.compile(r"\s*,?\s*(?:of\s+)?(last|next)\s+year\b", re.IGNORECASE)


def month_tense(text: str, start: int, end: int) -> str | None:
    """ "past" or "ahead" as the words of its clause tell the month written at [start, end) of
    ``text``; None when they tell neither (the caller keeps its reading)."""
    if _AHEAD_AFTER.match(text, end):
        return "ahead"
    lead = text[clause_start(text, start, _CLAUSE_START) : start]
    past = max((m.end() for m in _PAST.finditer(lead)), default=-1)
    ahead = max((m.end() for m in _AHEAD.finditer(lead)), default=-1)
    if past > ahead:
        return "past"
    if ahead >= 0:
        return "ahead"
    return "past" if _OUTCOME_AFTER.match(text, end) else None


def month_gone_by(month: int, day: int, note_date: dt.date) -> dt.date:
    """The latest such month on or before the note: in the note's own month its day is at most
    the note's ("back to baseline by mid-August" in a note of August 11 is that day)."""
    if month == note_date.month:
        return note_date.replace(day=min(day, note_date.day))
    return latest_on_or_before(month, day, note_date) or dt.date(note_date.year - 1, month, day)


def year_told(text: str, end: int, note_date: dt.date) -> int | None:
    """The year "last year" or "next year" right after a month gives it, else None."""
    told = _YEAR_WORDS.match(text, end)
    if told is None:
        return None
    return note_date.year + (1 if told.group(1).lower() == "next" else -1)
