"""Time in note text: durations ("x 8 wks", "for the past 3 mos", "two months", "since mid-July",
"~14 wks", "12 visits 2x/week") and dates ("3/2/26", "March 3, 2026", "2026-03-02", "Mar 2026").

Regular expressions, not NLP: the phrasing is formulaic and a regex is exact about offsets. Every
relative form is anchored to the note's date ("since March" written in January means last March);
a date written without a year is the latest such day on or before the note's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}
WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20, "thirty": 30, "several": 3,
    "a few": 3, "a couple of": 2, "a couple": 2, "a": 1, "an": 1, "few": 3, "couple of": 2,
}  # fmt: skip
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_NUMBER = r"(\d{1,3}(?:\.\d+)?|" + "|".join(sorted(WORDS, key=len, reverse=True)) + ")"
_UNIT = (
    r"(days?|d|weeks?|wks?|wk|w|months?|mos?|mths?|mo|years?|yrs?|yr)"
    r"(?![a-z])"
)
_ABOUT = r"(?:(?:about|approximately|approx\.?|around|nearly|almost|over|more than|>|~|≈)\s*)?"
# "x 8 wks", "for 3 months", "over the past two months", "6-week course", "8 weeks of PT",
# "two months ago", "3 mos duration"; "x8wks" (no spaces) as typed in templates.
_SPAN = re.compile(
    rf"(?:\b(?:for|x|times|over|during|of|lasting|last|past|previous|prior)\s+|\bin\s+the\s+(?=past|last)|\bx\s*|(?:(?<=[\s(])|^)~\s*)"
    rf"(?:the\s+)?(?:(?:past|last|previous|prior)\s+)?{_ABOUT}{_NUMBER}[\s-]*(?:\+\s*)?{_UNIT}"
    rf"|\b{_ABOUT}{_NUMBER}[\s-]*(?:\+\s*)?{_UNIT}\s+(?:ago|of|course|trial|history|duration|"
    rf"prior|before|now|long)\b"
    rf"|\b{_NUMBER}[\s-]+{_UNIT}\s+(?=(?:course|trial|program)\b)",
    re.IGNORECASE,
)
_HALF = re.compile(
    r"\b(?:a\s+)?(year|month|week)\s+and\s+a\s+half\b|\bhalf\s+a\s+(year)\b|\bfor\s+(?:many\s+)?(years)\b",
    re.I,
)
_SESSIONS = re.compile(
    r"\b(\d{1,2}|"
    + "|".join(k for k in WORDS if " " not in k)
    + r")\s+(?:pt\s+|therapy\s+|chiro\w*\s+)?"
    r"(?:sessions?|visits?|treatments?)\b[^.;]{0,40}?\b(\d)\s*(?:x|times)\s*(?:/|per|a|each)\s*(?:wk|week)",
    re.IGNORECASE,
)
_DATE_NUMERIC = r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?"
_DATE_ISO = r"(\d{4})-(\d{2})-(\d{2})"
_DATE_WORDS = rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
_MONTH_YEAR = rf"({_MONTH})\s+(\d{{4}})|(\d{{1,2}})/(\d{{4}})"
#: A bare year ("WC claim 2019", "(2024)", "in 2022"), not a quantity ("2000 mg", "#2019").
_UNITS = r"mg|kg|lb|lbs|ml|cc|mm|cm|ft|feet|steps|units|mcg|%"
_BARE_YEAR = rf"(?<![#$\d/.-])\b((?:19[5-9]|20[0-9])\d)\b(?![/\d-]|\s*(?:{_UNITS}))"
DATE = re.compile(
    rf"\b(?:{_DATE_ISO}|{_DATE_NUMERIC}|{_DATE_WORDS}|{_MONTH_YEAR})\b|{_BARE_YEAR}", re.IGNORECASE
)
_SINCE = re.compile(
    rf"(?:\b(?:since|from)|\b(?:start\w*|began|begun|beginning|initiated|onset)\b(?:[^.;\d]{{0,30}}?\b(?:in|on|around))?)\s+(?:(?:the\s+)?(early|mid|late)[\s-]+)?"
    rf"(?:({_MONTH})(?:\s+(\d{{4}}))?\b|(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{4}}))"
    rf"|\bsince\s+(?:the\s+)?(new\s+year|christmas|thanksgiving|last\s+(?:summer|spring|fall|winter))"
    rf"|\b(?:since|starting in|started in|began in|onset in)\s+((?:19|20)\d{{2}})\b(?![/-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duration:
    """A duration phrase at [start, end) of the text, ``days`` long."""

    start: int
    end: int
    days: int


@dataclass(frozen=True)
class DateMention:
    """A date at [start, end) of the text."""

    start: int
    end: int
    when: dt.date


def _number(text: str) -> float:
    text = " ".join(text.lower().split())
    return float(text) if text[0].isdigit() else float(WORDS[text])


def _unit(text: str) -> int:
    return UNIT_DAYS[text.lower()[0]] if text.lower()[0] in "dwy" else UNIT_DAYS["m"]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str | None, default: int) -> int:
    if not text:
        return default
    value = int(text)
    return value + 2000 if value < 100 else value


def _latest_on_or_before(month: int, day: int, note_date: dt.date) -> dt.date | None:
    when = _safe_date(note_date.year, month, day)
    if when and when > note_date:
        when = _safe_date(note_date.year - 1, month, day)
    return when


def _yearless(month: int, day: int, note_date: dt.date) -> dt.date | None:
    """A day written without a year: in the next 90 days it is an appointment ("first visit
    1/27"), otherwise the latest such day on or before the note."""
    this_year = _safe_date(note_date.year, month, day)
    if this_year and note_date < this_year <= note_date + dt.timedelta(days=90):
        return this_year
    next_year = _safe_date(note_date.year + 1, month, day)
    if next_year and next_year <= note_date + dt.timedelta(days=90):
        return next_year
    return _latest_on_or_before(month, day, note_date)


def parse_date_match(match: re.Match[str], note_date: dt.date | None) -> dt.date | None:
    """The date a :data:`DATE` match names (None when impossible, or yearless with no note
    date)."""
    g = match.groups()
    if g[0]:
        return _safe_date(int(g[0]), int(g[1]), int(g[2]))
    if g[3]:
        month, day = int(g[3]), int(g[4])
        if g[5]:
            return _safe_date(_year(g[5], 0), month, day)
        return _yearless(month, day, note_date) if note_date else None
    if g[6]:
        month, day = MONTHS[g[6].lower().rstrip(".")], int(g[7])
        if g[8]:
            return _safe_date(int(g[8]), month, day)
        return _yearless(month, day, note_date) if note_date else None
    if g[9]:
        return _safe_date(int(g[10]), MONTHS[g[9].lower().rstrip(".")], 1)
    if g[11]:
        return _safe_date(int(g[12]), int(g[11]), 1)
    if g[13]:
        return _safe_date(int(g[13]), 1, 1)
    return None


#: "4/5" strength and "7/10" pain are scores, not days, unless a date word precedes them.
_SCORE = re.compile(r"^(\d{1,2})/(5|10)$")
_DATE_WORD = re.compile(
    r"\b(on|since|from|dated?|seen|dos|doi|started|began|until|through|thru|to|last|visit|"
    r"injured|onset|performed|done|completed|obtained|of)\W*$",
    re.IGNORECASE,
)


_LAST_MONTH = re.compile(rf"\b(?:last|this past)\s+({_MONTH})", re.IGNORECASE)


def _last_month(month: int, note_date: dt.date) -> dt.date:
    """ "last March" written in March 2026 is March 2025; in May 2026, March 2026."""
    year = note_date.year if month < note_date.month else note_date.year - 1
    return dt.date(year, month, 1)


def find_dates(text: str, note_date: dt.date | None) -> list[DateMention]:
    """Every date written in ``text`` (blood pressures like 146/94 are not dates: month ≤ 12;
    strength "4/5" and pain "7/10" are scores)."""
    out = []
    for match in DATE.finditer(text):
        score = _SCORE.match(match.group(0))
        if score and int(score.group(1)) <= int(score.group(2)):
            if not _DATE_WORD.search(text[max(0, match.start() - 12) : match.start()]):
                continue
        when = parse_date_match(match, note_date)
        if when is not None and 1900 <= when.year <= 2200:
            out.append(DateMention(match.start(), match.end(), when))
    if note_date is not None:
        for match in _LAST_MONTH.finditer(text):
            month = MONTHS[match.group(1).lower().rstrip(".")]
            out.append(DateMention(match.start(), match.end(), _last_month(month, note_date)))
    return out


def _since(match: re.Match[str], note_date: dt.date) -> dt.date | None:
    part, month_name, year, numeric, holiday, bare_year = match.groups()
    if bare_year:
        return _safe_date(int(bare_year), 1, 1)
    if holiday:
        words = holiday.lower().split()
        if words[0] == "new":
            return dt.date(note_date.year, 1, 1)
        if words[0] in ("christmas", "thanksgiving"):
            month_day = (12, 25) if words[0] == "christmas" else (11, 25)
            return _latest_on_or_before(*month_day, note_date)
        season = {"spring": 4, "summer": 7, "fall": 10, "winter": 1}[words[-1]]
        return _safe_date(note_date.year - 1, season, 1)
    if numeric:
        inner = DATE.search(numeric)
        return parse_date_match(inner, note_date) if inner else None
    month = MONTHS[month_name.lower().rstrip(".")]
    day = {"mid": 15, "late": 25}.get((part or "").lower(), 1)
    if year:
        return _safe_date(int(year), month, day)
    return _latest_on_or_before(month, day, note_date)


def find_durations(text: str, note_date: dt.date | None) -> list[Duration]:
    """Every duration phrase in ``text`` with its length in days."""
    found: list[Duration] = []
    for match in _SPAN.finditer(text):
        groups = [g for g in match.groups() if g]
        if len(groups) < 2:
            continue
        number, unit = groups[0], groups[1]
        found.append(Duration(match.start(), match.end(), int(_number(number) * _unit(unit))))
    for match in _HALF.finditer(text):
        if match.group(1):
            days = {"year": 547, "month": 45, "week": 10}[match.group(1).lower()]
        else:
            days = 182 if match.group(2) else 730  # "for years": at least two
        found.append(Duration(match.start(), match.end(), days))
    for match in _SESSIONS.finditer(text):
        sessions, per_week = _number(match.group(1)), int(match.group(2))
        if per_week:
            # A series spans to the end of its last interval: 6 weekly sessions cover 6 weeks.
            found.append(Duration(match.start(), match.end(), int(7 * sessions / per_week)))
    if note_date is not None:
        for match in _SINCE.finditer(text):
            since = _since(match, note_date)
            if since is not None and since <= note_date and since.year >= 1900:
                found.append(Duration(match.start(), match.end(), (note_date - since).days))
    return sorted(found, key=lambda d: d.start)
