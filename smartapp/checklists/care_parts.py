"""The words of a statement about one piece of care, when the statement lists several.

A history line lists the care tried one modality after another, each with its own dates and
weeks: "PT 1/5-2/13/26 (12 visits) + HEP, naproxen 500 BID x 6 wks, gabapentin 300 TID since
1/20 - minimal relief" (blind wave 15, AY/inj-01). The NLP gives every finding of a statement
the statement's dates and its longest duration, so all three ran "from 1/20" there and the
naproxen's six weeks were lost. A modality's own words run from its name to the next modality
named; when they give no date or duration ("PT and naproxen x 6 wks", "6 weeks of PT and
naproxen"), what the whole statement says is shared, as before; the days those words give (a
year alone, a range of years, a month without its day) are read in care_dates.py. Care named
once for two courses ("PT 2024 (12 visits) and again fall 2025 (8 wks)", blind wave 27) is
dated by the latest course's own words (course_lists.again_course). A symptom's time in the
statement ("L shoulder pain x 2 years, did PT x 4 wks", "pain since 5/2025, did PT") is blanked
from the care's words first: never the care's (symptom_times.py).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.clause_orders import ordered_in_its_clause
from ..notes.clauses import clause_of
from ..notes.device_in_use import DEVICE_LABELS
from ..notes.durations import find_dates, find_durations
from ..notes.fall_seasons import season_spans, tumble_told
from ..notes.model import CARE_CATEGORIES
from .context import Context
from .course_lists import Course, again_course, courses_of_others, latest_course
from .listed_apart import listed_apart
from .ongoing_care import continued_before, ongoing
from .past_asides import past_aside, past_words, told_in_dates
from .past_course_apart import other_course_spans
from .past_times import PAST_TIME, own_past_bounds, past_period, season_placed
from .season_rounds import seasons_had
from .symptom_times import blanked, symptom_spans

_SPACE = lazy_re.compile(r"\s")
#: A statement opened by the time its first care began, in that care's clause: "Since the winter
#: on ", "Since 2/1: ", "Since January taking " (not "Pain since ...", a symptom's).
_SINCE_LEAD = lazy_re.compile(r"^\W*since\b[^.;]*$", re.IGNORECASE)
#: A walking aid told in use ("uses a cane", "Amb w/ SPC": targets.yaml) is in use now; since
#: when only its own clause says ("uses a cane since 11/2025"). "Narrative: uses a cane outdoors,
#: can walk ~1 block, ..., quit her cashier job in Oct" dated the cane by the job's October and
#: made three months of care of it (CB/tka-03, brief s70-f).
_DEVICES = frozenset(label.split("|")[1] for label in DEVICE_LABELS)
_IN_USE = lazy_re.compile(r"(?:uses?|using|amb\w*|walk\w*|gait)\b", re.IGNORECASE)


#: A later clause that names a study and its date: "PT x 6 wks in 2024, MRI 2/10/26 showed L4-5
#: HNP" dated the PT by the MRI (brief s75-f). The date is the film's, when it was taken.
_STUDY_CLAUSE = lazy_re.compile(
    r"(?:[,;]|\s[-\u2013]\s)\s*(?:(?:then|and|repeat|recent|lumbar|l-?spine|knee|hip|shoulder)\s+)?"
    r"(?:xr|x-?rays?|radiographs?|films?|mri|mra|ct|ultrasound|emg|ncs|emg/ncs|dexa)\b",
    re.IGNORECASE,
)


def _before_study(snippet: str, at: int, note_date: date | None) -> str | None:
    """The statement's words up to a later clause that dates a study, when there is one."""
    study = _STUDY_CLAUSE.search(snippet, at)
    if study is None or not find_dates(snippet[study.start() :], note_date):
        return None
    return snippet[: study.start()]


class OwnWords:
    """Each care finding's own part of its statement (see the module docstring)."""

    def __init__(self, ctx: Context) -> None:
        self._notes = {n.ref: n.text or "" for n in ctx.record.all_texts()}
        self._texts: dict[str, str] = {}
        self._past: dict[tuple[str, int, str], str] = {}
        self._told: dict[tuple[str, int, str], str] = {}
        self._courses: dict[tuple[str, int, str], list[Course]] = {}
        self._care: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
        for f in ctx.record.findings or ():
            if f.category in CARE_CATEGORIES:
                said = (f.start, f.concept, (f.text or "").lower())
                self._care.setdefault((f.note_ref, f.snippet), []).append(said)

    def part(self, finding: Any, note_date: date | None) -> str | None:
        """The finding's own words, or None when they give no date or duration of its own (or
        the statement cannot be placed in its note). Care a history entry tells with no time of
        its own ("low back pain (2019, treated w/ PT x6 wks - resolved)") has its words begin
        with the entry's time (notes/entry_dates.py): a year alone then places its weeks in
        that year (care_dates.year_only), "3 years ago" in that year (past_times.py)."""
        words = self._part(finding, note_date)
        entry = getattr(finding, "entry", "")
        if not entry:
            return words
        own = words if words is not None else _SPACE.sub(" ", finding.snippet)
        if PAST_TIME.search(entry):
            self._past[(finding.note_ref, finding.start, finding.concept)] = entry
            return own
        return f"{entry}, {own}"

    def _part(self, finding: Any, note_date: date | None) -> str | None:
        """:meth:`part` before the entry's time."""
        snippet, text = _SPACE.sub(" ", finding.snippet), self._text(finding.note_ref)
        base = text.find(snippet, max(0, finding.end - len(snippet)), finding.start + len(snippet))
        if base < 0:
            return None
        care = self._care.get((finding.note_ref, snippet), ())
        # "L shoulder pain x 2 years, did PT x 4 wks": the years are the pain's (symptom_times.py)
        named = [finding.start - base] + [start - base for start, _concept, _text in care]
        times = symptom_spans(snippet, named, note_date)
        at = finding.start - base
        # "PT x 2 courses (spring 2025, 12 wks; winter 2026, 8 wks), chiro": the courses are
        # the PT's, no time of the chiro's (course_lists.py)
        times += courses_of_others(snippet, at, [start - base for start, _c, _t in care])
        # "Has not completed PT (2 visits in Feb ...). h/o PT 2023 for different episode.": each
        # PT keeps its own sentence (past_course_apart.py)
        same = [s - base for s, c, _t in care if c == finding.concept and s - base != at]
        times += other_course_spans(snippet, at, same)
        if tumble_told(text, base, base + len(snippet)):
            # "Fell on ice 12/20." then "meloxicam since the fall": that fall (fall_seasons.py)
            times += season_spans(snippet)
        snippet = blanked(snippet, times)
        whole = snippet if times else None  # what the whole statement says of the care
        others = [start - base for start, concept, _text in care if concept != finding.concept]
        later = [start for start in others if start > at]
        earlier = [start for start in others if start < at]
        begin = _weeks_before(snippet, at, max(earlier, default=0), note_date)
        # Care named apart, a drug of the same kind too ("Ibuprofen since Jan + naproxen ..."):
        # each is placed in the past by its own words only (past_times.own_past_bounds).
        name = (finding.text or "").lower()
        apart = [start - base for start, _concept, text in care if text != name]
        low, high = own_past_bounds(snippet, at, begin, apart, note_date)
        aside = past_aside(snippet[:high], finding.start - base, low)
        if aside is not None and told_in_dates(snippet, at, high, note_date):
            aside = None  # "PT last year - 5/25 to 8/25 (24 visits)": the dates are the PT's
        if aside is not None:
            self._past[(finding.note_ref, finding.start, finding.concept)] = past_words(
                snippet[:high], finding.start - base, low
            )
            # "two rounds of PT last year, one in the spring, ..., a second in the fall": the
            # clauses after it may tell each round's season (season_rounds.py)
            self._told[(finding.note_ref, finding.start, finding.concept)] = snippet[
                at : min(later, default=len(snippet))
            ]
            return aside  # "(did well with PT last fall) presents with ... since Feb (~10 wks)"
        words = snippet[begin : min(later, default=len(snippet))]
        listed = latest_course(words, note_date)
        if listed is not None:  # "PT x 2 courses (spring 2025, 12 wks; winter 2026, 8 wks)"
            self._courses[(finding.note_ref, finding.start, finding.concept)] = listed[1]
            return listed[0]  # the winter's; the spring's is a piece of its own
        again = again_course(words, note_date)
        if again is not None:
            return again  # "PT 2024 (12 visits) and again fall 2025 (8 wks)": the fall's
        if not others and finding.concept in _DEVICES and _IN_USE.match(finding.text or ""):
            return clause_of(snippet, finding.start - base)  # "uses a cane outdoors, ... in Oct"
        if not others:  # one modality: the whole statement is about it, but a study's clause
            return _before_study(snippet, at, note_date) or whole
        if find_durations(words, note_date) or find_dates(words, note_date):
            return words
        if later and finding.section == "plan" and ordered_in_its_clause(snippet, min(later)):
            return words  # "failed mesalamine, start AZA x 12 wks": the order's (clause_orders)
        if ongoing(words):
            return words  # "PT 12 visits 2024 + HEP ongoing": the HEP's is now (ongoing_care.py)
        lead = snippet[max(earlier, default=0) : begin]
        if not earlier and _SINCE_LEAD.match(lead) and find_durations(lead, note_date):
            # "Since the winter on meloxicam 15 daily + PT (8 wks, Feb-Mar)": the time that
            # opens the statement is its first care's, the PT's Feb-Mar the PT's (JP/hya-01)
            return lead + words
        verb = continued_before(lead) if finding.section != "plan" else None
        if verb is not None:
            # "PT 8 wks fall 2025 and continues stationary bike HEP": the HEP's is now, the verb
            # kept in front; a plan's "continuing HEP" is read as plans are (statements.py).
            return lead[verb:] + words
        if later and listed_apart(snippet, begin, min(later), note_date):
            return words  # "naproxen, PT, heating pad since Oct": the pad's (listed_apart.py)
        return whole

    def earlier_courses(self, finding: Any) -> list[Course]:
        """The courses before the latest of a list the care was named once for, once
        :meth:`part` has read it (course_lists.py)."""
        return self._courses.get((finding.note_ref, finding.start, finding.concept), [])

    def past(self, finding: Any, note_date: date) -> tuple[date, date] | None:
        """When care its words place in the past by a time that is no date ran ("Had PT last
        year which helped": some time in the year before the note; past_times.py), once
        :meth:`part` has read it; None otherwise."""
        words = self._past.get((finding.note_ref, finding.start, finding.concept))
        return past_period(words, note_date) if words else None

    def rounds(self, finding: Any, note_date: date) -> tuple[date, date] | None:
        """The span two of last year's seasons give care :meth:`past` places ("PT last year
        (spring and fall)": season_rounds.py); None otherwise."""
        key = (finding.note_ref, finding.start, finding.concept)
        words = self._past.get(key)
        return seasons_had(words, note_date, self._told.get(key, "")) if words else None

    def in_season(self, finding: Any) -> bool:
        """Whether :meth:`past` places the care in a season ("naproxen earlier in the fall")."""
        words = self._past.get((finding.note_ref, finding.start, finding.concept))
        return bool(words) and season_placed(words)

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


#: What may stand between a course's weeks and the care they are of: "6 weeks of PT", "6 wk PT",
#: "6-week course of formal PT".
_WEEKS_OF = lazy_re.compile(
    r"\s*(?:(?:course|trial)\s+)?(?:of\s+)?(?:(?:formal|outpatient|outpt|supervised)\s+)*$",
    re.IGNORECASE,
)


def _weeks_before(snippet: str, at: int, floor: int, note_date: date | None) -> int:
    """Where the care's own words at ``at`` begin: at the weeks a course is given right before
    the care's name (after ``floor``, the care named before it), else at the name. "Completed 6
    weeks of PT (3/1/2026 - 4/9/2026) without relief" lost its six weeks to "weeks of PT (...)"
    and ran the range's 39 days, not the six weeks it is written as (s69-o). Not weeks written
    after the care before ("naproxen x 6 wks PT 3/1-4/9": the naproxen's)."""
    for found in find_durations(snippet[floor:], note_date):
        start, end = floor + found.start, floor + found.end
        if start >= at:
            break
        if snippet[start] not in "xX\u00d7" and (end >= at or _WEEKS_OF.match(snippet, end, at)):
            return start
    return at
