"""The words of a statement about one piece of care, when the statement lists several.

A history line lists the care tried one modality after another, each with its own dates and
weeks: "PT 1/5-2/13/26 (12 visits) + HEP, naproxen 500 BID x 6 wks, gabapentin 300 TID since
1/20 - minimal relief" (blind wave 15, AY/inj-01). The NLP gives every finding of a statement
the statement's dates and its longest duration, so all three ran "from 1/20" there and the
naproxen's six weeks were lost. A modality's own words run from its name to the next modality
named; when they give no date or duration ("PT and naproxen x 6 wks", "6 weeks of PT and
naproxen"), what the whole statement says is shared, as before. A piece dated by a year alone
("Failed PT 2025 (8 wks)", AY/inj-03) ran some time in that year, or in that season ("PT x 8
wks spring 2025", blind wave 17): :meth:`OwnWords.year_only`. A range that ends on a month
written without its day ("PT 2x/wk Jul-Sep 2025 (10 wks)") runs through that month:
:meth:`OwnWords.through_month`; care dated by one month alone ("ESI 5/2026") was some day of
it, at the latest its last: :meth:`OwnWords.month_end`. Care named once for two courses
("PT 2024 (12 visits) and again fall 2025 (8 wks)", blind wave 27) is dated by the latest
course's own words. A symptom's time in the statement ("L shoulder pain x 2 years, did PT x 4
wks", "pain since 5/2025, did PT") is blanked from the care's words first: never the care's
(symptom_times.py).
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from ..notes.clauses import clause_of
from ..notes.durations import find_dates, find_durations
from ..notes.model import CARE_CATEGORIES
from ..notes.written_dates import MONTH_PATTERN, TO_NOW
from .context import Context
from .ongoing_care import continued_before, ongoing
from .past_times import PAST_TIME, past_period, season_days
from .symptom_times import blanked, symptom_spans

_SPACE = re.compile(r"\s")


class OwnWords:
    """Each care finding's own part of its statement (see the module docstring)."""

    def __init__(self, ctx: Context) -> None:
        self._notes = {n.ref: n.text or "" for n in ctx.record.all_texts()}
        self._texts: dict[str, str] = {}
        self._past: dict[tuple[str, int, str], str] = {}
        self._care: dict[tuple[str, str], list[tuple[int, str]]] = {}
        for f in ctx.record.findings or ():
            if f.category in CARE_CATEGORIES:
                self._care.setdefault((f.note_ref, f.snippet), []).append((f.start, f.concept))

    def part(self, finding: Any, note_date: date | None) -> str | None:
        """The finding's own words, or None when they give no date or duration of its own (or
        the statement cannot be placed in its note)."""
        snippet, text = _SPACE.sub(" ", finding.snippet), self._text(finding.note_ref)
        base = text.find(snippet, max(0, finding.end - len(snippet)), finding.start + len(snippet))
        if base < 0:
            return None
        care = self._care.get((finding.note_ref, snippet), ())
        # "L shoulder pain x 2 years, did PT x 4 wks": the years are the pain's (symptom_times.py)
        named = [finding.start - base] + [start - base for start, _concept in care]
        times = symptom_spans(snippet, named, note_date)
        snippet = blanked(snippet, times)
        whole = snippet if times else None  # what the whole statement says of the care
        aside = _past_aside(snippet, finding.start - base)
        if aside is not None:
            self._past[(finding.note_ref, finding.start, finding.concept)] = _past_words(
                snippet, finding.start - base
            )
            return aside  # "(did well with PT last fall) presents with ... since Feb (~10 wks)"
        others = [start - base for start, concept in care if concept != finding.concept]
        later = [at for at in others if at > finding.start - base]
        words = snippet[finding.start - base : min(later, default=len(snippet))]
        again = _latest_course(words, note_date)
        if again is not None:
            return again  # "PT 2024 (12 visits) and again fall 2025 (8 wks)": the fall's
        if not others:
            return whole  # one modality: the whole statement is about it
        if find_durations(words, note_date) or find_dates(words, note_date):
            return words
        if ongoing(words):
            return words  # "PT 12 visits 2024 + HEP ongoing": the HEP's is now (ongoing_care.py)
        earlier = [at for at in others if at < finding.start - base]
        lead = snippet[max(earlier, default=0) : finding.start - base]
        verb = continued_before(lead) if finding.section != "plan" else None
        if verb is not None:
            # "PT 8 wks fall 2025 and continues stationary bike HEP": the HEP's is now, the verb
            # kept in front; a plan's "continuing HEP" is read as plans are (statements.py).
            return lead[verb:] + words
        return whole

    def past(self, finding: Any, note_date: date) -> tuple[date, date] | None:
        """When care its words place in the past by a time that is no date ran ("Had PT last
        year which helped": some time in the year before the note; past_times.py), once
        :meth:`part` has read it; None otherwise."""
        words = self._past.get((finding.note_ref, finding.start, finding.concept))
        return past_period(words, note_date) if words else None

    def rest_of_line(self, finding: Any) -> str:
        """The note's words after the finding, to the end of its line: a list entry's remark
        cut off as an item of its own ("gabapentin - dizziness (Feb 2026, stopped after 4
        days)")."""
        text = self._notes.get(finding.note_ref, "")
        end = text.find("\n", finding.end)
        return text[finding.end : end if end >= 0 else len(text)]

    def _text(self, ref: str) -> str:
        """The note's text with its line breaks as spaces, as statements are cut (a hard-wrapped
        history line is one statement)."""
        if ref not in self._texts:
            self._texts[ref] = _SPACE.sub(" ", self._notes.get(ref, ""))
        return self._texts[ref]

    @staticmethod
    def dates(finding: Any, words: str | None, note_date: date | None) -> tuple[date, ...]:
        """The statement's dates in the finding's own words (all of them without own words)."""
        if words is None:
            return tuple(finding.dates)
        own = {m.when for m in find_dates(words, note_date)}
        return tuple(d for d in finding.dates if d in own)

    @staticmethod
    def year_only(
        finding: Any, words: str | None, note_date: date | None
    ) -> tuple[date, date] | None:
        """The first and last day of the year, when the finding's only date is a bare year
        ("Failed PT 2025 (8 wks)"), or of the season when a season names it ("PT x 8 wks fall
        2025": September to November; blind wave 17). Not a year the care started in
        ("naproxen 500 BID since 2024 (cont)", "meloxicam daily since 2023 - continues": blind
        wave 17, BG/hya-02, BG/hya-04): that course runs from the year to the note, as its
        duration says."""
        text = words or finding.snippet
        found = find_dates(text, note_date)
        started = [  # ... or a year a span to now opens ("naproxen 2024-present")
            d for d in find_durations(text, note_date)
            if _SINCE_WORD.match(text, d.start) or TO_NOW.search(text, d.start, d.end)
        ]  # fmt: skip
        if any(d.start <= m.start < d.end for m in found for d in started):
            return None
        bare = [m for m in found if _YEAR.fullmatch(text[m.start : m.end])]
        years = {m.when.year for m in bare}
        if not found or len(bare) != len(found) or len(years) != 1:
            return None
        year = years.pop()
        seasons = {_SEASON.search(text[max(0, m.start - 12) : m.start]) for m in bare}
        if len(seasons) == 1 and (season := seasons.pop()) is not None:
            return season_days(year, season.group(1))
        return date(year, 1, 1), date(year, 12, 31)

    @staticmethod
    def year_range(
        finding: Any, words: str | None, note_date: date | None
    ) -> tuple[date, date] | None:
        """The first day of the first year and the last of the last, when the finding's own
        dates are one range of years ("naproxen BID 2024-2025", "x 9 mos 2024-25": blind wave
        24, CI/tsa-02, CI/hya-01); a season before it narrows it ("winter 2024-25": December to
        February). Never past the note."""
        text = words or finding.snippet
        found = find_dates(text, note_date)
        if len(found) != 2 or not _years_joined(text, found[0], found[1]):
            return None
        first, last = (m.when for m in found)
        if not all(_YEAR_END.fullmatch(text[m.start : m.end]) for m in found) or not (
            first.month == last.month == 1 and first.day == last.day == 1
        ):
            return None
        season = _SEASON.search(text[max(0, found[0].start - 12) : found[0].start])
        if season is None and _WINTER.search(text[max(0, found[0].start - 12) : found[0].start]):
            first, end = date(first.year, 12, 1), date(last.year, 3, 1) - timedelta(days=1)
        else:
            end = date(last.year, 12, 31)
        return first, min(end, note_date) if note_date else end

    @staticmethod
    def range_years(finding: Any, words: str | None, note_date: date | None) -> set[date]:
        """The dates the finding's words give as the ends of a range of years ("2020-2026")."""
        text = words or finding.snippet
        found = find_dates(text, note_date)
        return {
            d
            for a, b in pairwise(found)
            if _RANGE_JOIN.fullmatch(text[a.end : b.start])
            and all(_YEAR_END.fullmatch(text[m.start : m.end]) for m in (a, b))
            for d in (a.when, b.when)
        }

    @staticmethod
    def through_month(finding: Any, words: str | None, note_date: date, end: date) -> date:
        """The last day of ``end``'s month (never past the note) when every mention of it is a
        month written without its day: "PT 2x/wk Jul-Sep 2025 (10 wks)" ran through September,
        not to its first or to ten weeks after 1 July (blind wave 19, BP/tsa-02); "9/1/2025"
        is that day. Only the end of a written range ("Jul-Sep", "11/2025 to 1/2026"), not a
        symptom's month in the statement ("PT in spring 2024 ... pain since December 2025")."""
        text = words or finding.snippet
        found = find_dates(text, note_date)
        ends = [
            m
            for before, m in pairwise(found)
            if m.when == end and _RANGE_JOIN.fullmatch(text[before.end : m.start])
        ]
        if not ends or not all(_MONTH_ONLY.fullmatch(text[m.start : m.end].strip()) for m in ends):
            return end
        return _last_day(end, note_date)

    @staticmethod
    def month_end(finding: Any, words: str | None, note_date: date, day: date) -> date | None:
        """The last day of ``day``'s month (never past the note) when the care's only date is
        that month written without its day: "R C5-6 ESI 5/2026 - temporary" was given some day
        of May, so an episode it ends may run to 31 May (blind wave 20, BT/spine-03: Medrol
        2/20 to that ESI is the reviewer's "Feb to May", over three months). None for a day
        written ("ESI 5/12/2026")."""
        text = words or finding.snippet
        found = [text[m.start : m.end] for m in find_dates(text, note_date) if m.when == day]
        if not found or not all(_MONTH_ONLY.fullmatch(m.strip()) for m in found):
            return None
        return _last_day(day, note_date)


def _latest_course(words: str, note_date: date | None) -> str | None:
    """The words of the care's latest course when its own words name it once for two, the
    second after "again" or "repeated" with a time of its own: "PT 2024 (12 visits) and again
    fall 2025 (8 wks)" (blind wave 27, CT/inj-02) ran eight weeks in fall 2025, not from 2024
    to 2025. None when no dated course follows such a word."""
    found = [m.start() for m in _AGAIN.finditer(words)]
    if not found or not find_dates(words[: found[-1]], note_date):
        return None
    rest = words[found[-1] :]
    return rest if find_dates(rest, note_date) else None


def _past_aside(snippet: str, at: int) -> str | None:
    """The words around the care at ``at`` when they say it was some time ago, by a time of
    their own that is no date ("did well with PT last fall", "PT a few years ago"): the
    parenthesis holding it, else its clause. The statement's other dates and weeks are then
    another thing's, most often the symptom's (blind wave 22, CB/lmri-03: "(did well with PT
    last fall) presents with recurrence of LBP ... since the first week of Feb (~10 wks)" made
    ten weeks of PT up to the visit). Not care running from then ("PT since last fall", "on
    naproxen for the past year"). The time's own words are blanked in what is returned."""
    words = _past_words(snippet, at)
    if not PAST_TIME.search(words):
        return None
    # The time itself is no duration of care: "a few years ago" is when, not three years of PT.
    return PAST_TIME.sub(lambda m: " " * len(m.group()), words)


def _past_words(snippet: str, at: int) -> str:
    """The parenthesis holding the care at ``at``, else its clause."""
    opened = snippet.rfind("(", 0, at)
    closed = snippet.find(")", at)
    if opened >= 0 and closed > at and ")" not in snippet[opened:at]:
        return snippet[opened + 1 : closed]
    return clause_of(snippet, at)


def _years_joined(text: str, first: Any, last: Any) -> bool:
    """Whether two written dates are the ends of one range: "2022-2025", or a start and the
    year the care was stopped ("since 2022 (stopped 2025)")."""
    join = text[first.end : last.start]
    if _RANGE_JOIN.fullmatch(join):
        return True
    return bool(_STOPPED_JOIN.fullmatch(join) and _SINCE_BEFORE.search(text[: first.start]))


def _last_day(day: date, note_date: date) -> date:
    return min(date(day.year, day.month, monthrange(day.year, day.month)[1]), note_date)


#: A month written without its day: "Sep", "Sept. 2025", "9/2025", "2025-09".
_MONTH_ONLY = re.compile(
    rf"(?:{MONTH_PATTERN})\.?(?:,?\s*(?:19|20)\d{{2}})?|\d{{1,2}}/(?:19|20)\d{{2}}|(?:19|20)\d{{2}}-\d{{2}}",
    re.IGNORECASE,
)
#: What joins the two ends of a written range of dates.
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|until)\s*", re.IGNORECASE)
#: What joins a start ("since 2022") to the year the care was stopped: "naproxen since 2022
#: (stopped 2025 - GI upset)", "started 2021, d/c'd 2024" ran from one year to the other (blind
#: wave 26, CR/tka-02), as "2022-2025" does.
_STOPPED_JOIN = re.compile(
    r"\s*[(,;]?\s*(?:then\s+|and\s+|but\s+)?(?:stopped|quit|discontinued|d/c'?d|dc'?d)"
    r"(?:\s+(?:it|them))?\s+(?:in\s+)?",
    re.IGNORECASE,
)
#: The start word before such a year: "since", "started (in)", "from".
_SINCE_BEFORE = re.compile(r"\b(?:since|start(?:ed|ing)|began|from)\s+(?:in\s+)?$", re.IGNORECASE)
#: A date written as a year alone.
_YEAR = re.compile(r"(?:19|20)\d{2}")
#: A duration that runs from a start to the note ("since 2024", "started in 2023").
_SINCE_WORD = re.compile(r"since|starting|started|began|from", re.IGNORECASE)
#: A year as a range writes its ends: "2024", "2025" or "25".
_YEAR_END = re.compile(r"(?:19|20)?\d{2}")
#: A winter across two years: "winter 2024-25".
_WINTER = re.compile(r"\bwinter\s+(?:of\s+)?$", re.IGNORECASE)
#: A word that opens a second course of the care named before it, its time straight after
#: ("and again fall 2025", "repeated in 10/2025"); not a symptom back ("pain again since 3/1").
_AGAIN = re.compile(
    r"\b(?:again|repeated)\s+(?:in\s+)?(?=(?:(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?)?\d)",
    re.IGNORECASE,
)

#: A season written before the year ("fall 2025", "spring of 2024"; its days are
#: past_times.season_days); winter straddles two years and is left to the year.
_SEASON = re.compile(
    r"(?<!s/p )(?<!\ba )(?<!after )\b(spring|summer|fall|autumn)\s+(?:of\s+)?$", re.IGNORECASE
)
