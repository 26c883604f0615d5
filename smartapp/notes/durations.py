"""Durations in note text: "x 8 wks", "for the past 3 mos", "two months", "~14 wks", "12 visits
2x/week", a form's "Duration: 6 wk", "(8 wks)" after the care, "for most of 2025"
(:mod:`.year_spans`), "winter 2026, 8 wks" (:mod:`.dated_courses`), and those told by their
start, "since mid-July", "since 5/2025", "since late 2024" (:mod:`.since_dates`; dates are
:mod:`.written_dates`).

Regular expressions, not NLP: the phrasing is formulaic and a regex is exact about offsets. Every
relative form is anchored to the note's date ("since March" written in January means last March);
a date written without a year is the latest such day on or before the note's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import lazy_re
from .dated_courses import comma_lengths
from .drug_times import drug_times
from .frequency_weeks import frequency_courses
from .since_dates import start_durations
from .symptom_lengths import symptom_lengths
from .written_dates import DIGIT, DateMention, find_dates
from .year_spans import year_spans

UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}
WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20, "thirty": 30, "several": 3,
    "a few": 3, "a couple of": 2, "a couple": 2, "a": 1, "an": 1, "few": 3, "couple of": 2,
}  # fmt: skip
_NUMBER = r"(\d{1,3}(?:\.\d+)?|" + "|".join(sorted(WORDS, key=len, reverse=True)) + ")"
_UNIT = (
    r"(days?|d|weeks?|wks?|wk|w|months?|mos?|mths?|mo|years?|yrs?|yr)"
    r"(?![a-z])"
)
_ABOUT = (
    r"(?:(?:about|abt\.?|approximately|approx\.?|around|roughly|nearly|almost|over|more than|>|~|≈)"
    r"\s*)?"
)
#: Right after a therapy's name (fixed-width look-behinds, one a name).
_AFTER_THERAPY = (
    r"(?:(?<=\b(?-i:PT) )|(?<=\b(?-i:OT) )|(?<=\bHEP )|(?<=\btherapy )|(?<=\bchiro )"
    r"|(?<=\bchiropractic )|(?<=\bchiropractor )|(?<=\bphysio ))"
)
#: After a therapy's label, its colon or dash: "PT: 6 weeks, no relief", "Physical therapy - 8 wks"
#: (brief s70-f), as "PT 6 wks" reads. Only a therapy's: "RTC: 6 wks", "F/u - 4 wks" time no care.
_THERAPY_LABEL = "|".join(
    f"(?<=\\b{name}{sep})"
    for name in ("(?-i:PT)", "(?-i:OT)", "HEP", "therapy", "chiro", "chiropractic", "physio")
    for sep in (":", ": ", " - ", " \u2013 ")
)
#: How often or how many visits, after the weeks in a bracket: "2x/wk", "2-3x/week", "12 visits".
_VISITS_TOO = (
    r"\d(?:\s*-\s*\d)?\s*x\s*(?:/|per|a)?\s*(?:wk|week)|\d{1,2}\s*(?:visits?|sessions?|tx|treatments?)"
)
#: A therapy named straight after a duration, which the duration then modifies: "7 wks PT".
_THERAPY_NEXT = (
    r"(?:(?:formal|supervised|outpatient|outpt|home)\s+)?(?:(?-i:PT|OT)\b|(?:HEP|physical therapy|"
    r"physio\w*|occupational therapy|therapy|chiro\w*)\b)"
)
THERAPY_NEXT = lazy_re.compile(r"\s*" + _THERAPY_NEXT, re.IGNORECASE)
#: A relief ending: "wore off", "wearing off", "faded".
WORE_OFF = r"(?:(?:wore|wears|wearing|worn)\s+(?:off|out|away)|faded)"
#: What may stop after a while and is no course of care: "stopped working", "quit smoking".
_NOT_CARE = r"(?:working|helping|smoking|drinking|vaping|chewing|work|school|driving|after)"
# "x 8 wks", "for 3 months", "over the past two months", "6-week course", "8 weeks of PT",
# "two months ago", "3 mos duration"; "x8wks" (no spaces) as typed in templates; "5 months back"
# closing its clause is "ago" (not "6 weeks back pain": s46-c). "A few times a
# week" is how often, not how long. How long a relief held is told in the past tense and often
# with "only": "~50% relief starting day 3, lasted about 5 wks", "relief for only 5 weeks"
# (blind wave 22, CA/inj-03).
# Where an alternative opens with look-behinds, a cheaper test at the same position comes first
# (the blank every one of them ends in, the word boundary, the ">" sign): zero-width tests at one
# position may be taken in any order, so the matches are the same, and Python's re no longer
# runs some twenty look-behinds at every position of a statement (a third of _SPAN's time;
# issue 19, stop 49).
_SPAN = lazy_re.compile(
    rf"(?:\b(?:for|x|times(?!\s+(?:a|an|per|each|every)\s+(?:day|week|wk|month|mo|year|yr)s?\b)|over|during|of|lasting|lasted|lasts|last|past|previous|prior)\s+|\bin\s+the\s+(?=past|last)|\bx\s*|(?:(?<=[\s(])|^)~\s*)"
    rf"(?:the\s+)?(?:(?:past|last|previous|prior)\s+)?(?:(?:only|just)\s+)?{_ABOUT}{_NUMBER}[\s-]*(?:\+\s*)?{_UNIT}"
    rf"|\b{_ABOUT}{_NUMBER}[\s-]*(?:\+\s*)?{_UNIT}\s+(?:ago|of|course|trial|history|duration|"
    rf"prior|before|now|long|total|in\s+total|back(?=\s*(?:[.;,!)]|$)))\b"
    # A time "and change" or "and counting" is at least that long: "been on the mercaptopurine
    # three months and change" (phrasing grid s44).
    rf"|\b{_ABOUT}{_NUMBER}[\s-]*{_UNIT}\s+and\s+(?:change|counting)\b"
    rf"|\b{_NUMBER}[\s-]+{_UNIT}\s+(?=(?:course|trial|program)\b)"
    # How long it has gone on, said after "now" at its clause's end: "LBP + L leg pain, now 3
    # months." (blind wave 38, EK/lmri-01); not "now 6 weeks post-op" or "now 3 wks out from
    # surgery", which time an event.
    rf"|\bnow\s+{_ABOUT}{_NUMBER}[\s-]*(?:\+\s*)?{_UNIT}(?=\s*(?:[.;,)]|$))"
    # A form's field ("Duration: 6 wk", "Length of trial: 12 weeks") and weeks in brackets after
    # the care ("Failed PT 2025 (8 wks)", "Dates: 7/2025-9/2025 (8 wk)", "2/5-3/20 (6+ wks)");
    # not a follow-up's interval ("RTC (6 wks)"). The field's colon may be left out: "Radicular
    # pain, L5 distribution, duration 1.5 mo" (s44 phrasing grid).
    rf"|\b(?:duration|length)(?:\s+of\s+[\w/ ]{{1,20}}?)?(?:\s*[:=]\s*|\s+)"
    rf"{_ABOUT}{_NUMBER}[\s-]*{_UNIT}"
    rf"|(?<=\()\s*{_ABOUT}{_NUMBER}[\s-]*(?:\+\s*)?{_UNIT}\s*(?=\))"
    # The weeks first in brackets that go on with how often or how many visits: "Chiropractic
    # daily note #6 (3 wks, 2x/wk)" (blind wave 69, JD/advanced-imaging-lumbar-mri-02), "(6
    # wks; 12 visits)"; only those, not a bracket's other remark ("(2 wks, then f/u)").
    rf"|(?<=\()\s*{_ABOUT}{_NUMBER}[\s-]*(?:\+\s*)?{_UNIT}\s*(?=[,;]\s*(?:{_VISITS_TOO})\s*\))"
    # Weeks written straight after the therapy, as terse history lines do: "Current: PT 4 wks,
    # ibuprofen 600 TID, HEP" (blind wave 17, BH/inj-02), "chiropractor 3 wks"; "PT" and "OT"
    # in capitals only ("pt 2 wks post-op" is the patient), in digits ("PT and" is no "an d").
    rf"|(?<= ){_AFTER_THERAPY}{_ABOUT}(\d{{1,2}})[\s-]*(?:\+\s*)?{_UNIT}"
    rf"|(?<=[:\s])(?:{_THERAPY_LABEL}){_ABOUT}{_NUMBER}[\s-]*(?:\+\s*)?{_UNIT}"
    # The weeks written straight before the therapy, as a summary of care had puts it: "persisting
    # after 7 wks PT (13 visits) + NSAIDs", "Completed 12 wks PT in 2024" (blind wave 36,
    # EC/imaging-other-01, EE/hyaluronan-03), as "8 weeks of PT" reads. Digits only, and not an
    # interval to come ("RTC in 6 wks PT to call", "f/u 4 wks"): no course of care.
    rf"|\b(?<!\bin )(?<!\bf/u )(?<!\brtc )(?<!\bevery )(?<!\bq)"
    rf"{_ABOUT}(\d{{1,2}})[\s-]*(?:\+\s*)?{_UNIT}"
    rf"\s+(?={_THERAPY_NEXT})"
    # A "more than" sign before the time, as terse lines write how long a drug has been taken:
    # "NSAIDs (meloxicam) >1 yr" (blind wave 19, BM/tka-01); not an age ("age >65 yrs") and not
    # "<6 wks", which is at most.
    rf"|(?=[>≥])(?<![\w<>=])(?<!\bage )(?<!\baged )(?:>=?|≥)\s*{_NUMBER}[\s-]*(?:\+\s*)?{_UNIT}"
    # How long a drug was taken before it was stopped: "dizzy, quit after 4 days", "stopped it
    # after 2 wks" (blind wave 26, CQ/aim-03), the drug named between ("Stopped meloxicam after
    # 5 days"): that many days of care, not the month it began. Not "stopped working after 2
    # weeks" (no course), nor a habit's years ("quit smoking after 20 yrs"). A course ended as
    # planned is timed so too: "PT finished after 8 wks", "discharged from PT after 6 weeks"
    # (phrasing grid s44).
    rf"|(?<= )(?:(?<=\bquit )|(?<=\bstopped )|(?<=\bdc'd )|(?<=\bd/c'd )|(?<=\bfinished )"
    rf"|(?<=\bcompleted )|(?<=\bdischarged ))(?:from\s+)?"
    # The care may take two words ("d/c'd from hand therapy after 9 wks": brief s69-g).
    rf"(?:(?:it|them|taking|(?!{_NOT_CARE}\b)[a-z][\w-]*)\s+){{0,2}}after\s+(?:only\s+|just\s+)?"
    rf"{_ABOUT}{_NUMBER}[\s-]*{_UNIT}"
    # How soon a relief wore off: "90% relief but it wore off after about 2 weeks" is how long
    # it held (relief_held), as "lasted about 2 weeks" is.
    rf"|\b{WORE_OFF}\s+(?:after|within|in|by)\s+(?:only\s+|just\s+)?{_ABOUT}{_NUMBER}[\s-]*{_UNIT}",
    re.IGNORECASE,
)
#: What every match of _SPAN holds: a number's last digit or letter, then its unit ("8 wks",
#: "two-month", "6+ wks"): each of _SPAN's alternatives ends in ``_NUMBER[\s-]*(?:\+\s*)?_UNIT``
#: or a narrower form of it. Python's re tries all of _SPAN's alternatives at every position of
#: every statement; this scan is some twenty times cheaper and rules out three statements in five
#: (a statement with no such text has no _SPAN match: issue 19, stop 49).
_NUMBER_UNIT = lazy_re.compile(
    r"[\d" + "".join(sorted({word[-1] for word in WORDS})) + r"][\s-]*(?:\+\s*)?" + _UNIT,
    re.IGNORECASE,
)
#: Words before a bracketed follow-up interval: "RTC (6 wks)", "f/u (4 wk)".
_FOLLOW_UP = lazy_re.compile(
    r"\b(?:f/u|fu|rtc|follow[- ]?up|recheck|return)\s*\(\s*$", re.IGNORECASE
)
#: A course's length after a dash, in the clause that says it was done: "finished hand therapy
#: - 8 weeks", "OT completed 3/27 - 9 wks" (brief s69-g, the class of blind wave 74,
#: JU/occupational-work-rehab-03). The length alone closes the clause.
_DONE_DASH = lazy_re.compile(
    rf"\b(?:completed|finished|done|discharged|d/c'?d)\b[^.;()]{{0,40}}?\s[-\u2013\u2014]\s*"
    rf"({_ABOUT}{_NUMBER}[\s-]*{_UNIT})(?=\s*(?:[.;,)]|$|total\b))",
    re.IGNORECASE,
)
_HALF = lazy_re.compile(
    # "half a year", and "the past half year" / "a half-year" (s44 phrasing grid).
    r"\b(?:a\s+)?(year|month|week)\s+and\s+a\s+half\b|\bhalf[\s-]+(?:a\s+)?(year)\b"
    r"|\bfor\s+(?:many\s+)?(years)\b",
    re.I,
)
_SESSIONS = lazy_re.compile(
    r"\b(\d{1,2}|"
    + "|".join(k for k in WORDS if " " not in k)
    + r")\s+(?:pt\s+|therapy\s+|chiro\w*\s+)?"
    r"(?:sessions?|visits?|treatments?)\b[^.;]{0,40}?\b(\d)\s*(?:x|times)\s*(?:/|per|a|each)\s*(?:wk|week)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duration:
    """A duration phrase at [start, end) of the text, ``days`` long."""

    start: int
    end: int
    days: int
    #: the length runs from a time the words name ("since March", "since 5/2025", "2024-present",
    #: "since last winter"), not a bare length ("x 8 wks", "for the past 3 months"): a letter of
    #: necessity dates care so (checklists/attested_care.py)
    dated: bool = False


def course_days(sessions: float, per_week: float) -> int:
    """How many days ``sessions`` visits held ``per_week`` times a week cover: a series spans to
    the end of its last interval, so 6 weekly sessions cover 6 weeks, 12 visits 2x/week 42 days
    (checklists/visit_courses.py reads a count told with no rate at a usual one)."""
    return int(7 * sessions / per_week)


def _number(text: str) -> float:
    text = " ".join(text.lower().split())
    return float(text) if text[0].isdigit() else float(WORDS[text])


def _unit(text: str) -> int:
    return UNIT_DAYS[text.lower()[0]] if text.lower()[0] in "dwy" else UNIT_DAYS["m"]


def find_durations(text: str, note_date: dt.date | None) -> list[Duration]:
    """Every duration phrase in ``text`` with its length in days."""
    # "PT 2w6": two a week for six weeks, not "2 w(eeks)" (frequency_weeks.py)
    shorthand = frequency_courses(text) if DIGIT.search(text) else []
    found: list[Duration] = [Duration(*span) for span in shorthand]
    for match in _SPAN.finditer(text) if _NUMBER_UNIT.search(text) else ():
        groups = [g for g in match.groups() if g]
        if len(groups) < 2 or any(s <= match.start() < e for s, e, _ in shorthand):
            continue
        number, unit = groups[0], groups[1]
        if _FOLLOW_UP.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        found.append(Duration(match.start(), match.end(), int(_number(number) * _unit(unit))))
    for match in _DONE_DASH.finditer(text) if _NUMBER_UNIT.search(text) else ():
        if not any(d.start <= match.start(1) < d.end for d in found):
            number, unit = match.group(2), match.group(3)
            found.append(Duration(match.start(1), match.end(1), int(_number(number) * _unit(unit))))
    for match in _HALF.finditer(text):
        if match.group(1):
            days = {"year": 547, "month": 45, "week": 10}[match.group(1).lower()]
        else:
            days = 182 if match.group(2) else 730  # "for years": at least two
        found.append(Duration(match.start(), match.end(), days))
    for match in _SESSIONS.finditer(text) if DIGIT.search(text) else ():  # "(\d)\s*x"
        sessions, per_week = _number(match.group(1)), int(match.group(2))
        if per_week:
            found.append(Duration(match.start(), match.end(), course_days(sessions, per_week)))
    for start, end, days in year_spans(text) if DIGIT.search(text) else ():
        found.append(Duration(start, end, days))  # "ibuprofen for most of 2025"
    for start, end, number, unit in drug_times(text) if DIGIT.search(text) else ():
        # "meloxicam 1 yr," (drug_times.py), unless a pattern above already read that time.
        if not any(d.start <= start < d.end for d in found):
            found.append(Duration(start, end, number * _unit(unit)))
    lengths = [*comma_lengths(text), *symptom_lengths(text)] if DIGIT.search(text) else []
    for start, end, days in lengths:
        # "PT (spring 2025, 12 wks; winter 2026, 8 wks)": each course's own length after its
        # season or month and a comma (dated_courses.py); "LBP 2 mo." (symptom_lengths.py)
        if not any(d.start <= start < d.end for d in found):
            found.append(Duration(start, end, days))
    if note_date is not None:  # "since March", "2024-present" (since_dates.py)
        found += [Duration(*span) for span in start_durations(text, note_date)]
    return sorted(found, key=lambda d: d.start)


__all__ = [
    "THERAPY_NEXT",
    "WORE_OFF",
    "DateMention",
    "Duration",
    "course_days",
    "find_dates",
    "find_durations",
]
