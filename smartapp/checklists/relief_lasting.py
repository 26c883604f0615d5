"""How long an injection's relief held, from its own words: not the statement's longest time.

A statement gives every finding its longest duration, so "R neck -> thumb pain since Jan 2026.
s/p C6-7 ILESI 6/22: 50% relief, lasted until about end of July" held its relief "since Jan",
eight months, and a repeat epidural whose prior relief lasted five weeks met the LCD's 50% for 3
months (blind wave 36, DU/spinal-03; LCD L39240). The relief's time is the one its own words
give: a duration led by "lasted" after the relief word (``notes.relief_held``: "~50% relief,
lasted about 5 wks"), or an end day ("lasted until about end of July", "held until 8/1") counted
from the procedure's day written before it. An end written by its month alone is read at the
latest day it can mean (the month's last; "mid" the 20th, "early" the 10th): a short relief is
called so only when it was short however the month is read. A time after the relief's end in
brackets, or as a range ("~50% relief but it wore off over the holidays (about 5-6 wks)",
"lasted 5-6 wks"), is how long it held too, a range read at its longer end (blind wave 56,
HE/pain-03). The end may be told by the relief itself or its wearing off, up to a day, a month
or a holiday ("good relief until around Christmas", "wore off around New Year's": blind wave
58, HM/esi-02; :func:`held_until`). A time straight after the relief with "for" or "x" is its
time too ("about 50% for ~4-5 weeks", "50% relief x 4-5 wks"), and so is the pain "back to
baseline by" a day (blind wave 77, KG/psi-03). Without any of these, the statement's duration
stands.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.calendar_days import latest_on_or_before
from ..notes.durations import UNIT_DAYS, WORE_OFF, Duration, find_dates, find_durations
from ..notes.relief_held import relief_held
from ..notes.symptom_durations import SYMPTOM_WORDS
from ..notes.written_dates import MONTH_PATTERN, MONTHS

#: The last day a holiday can fall on, month and day: a relief "until around Christmas" or that
#: "wore off by Thanksgiving" ended then at the latest (blind wave 58, HM/esi-02: "s/p ILESI 9/9/25:
#: leg pain 8 -> 3, good relief until around Christmas", 107 days).
_HOLIDAYS = {
    "christmas": (12, 25), "xmas": (12, 25), "x-mas": (12, 25), "new years": (1, 1),
    "new year's": (1, 1), "new year": (1, 1), "holidays": (12, 31),
    "thanksgiving": (11, 28), "easter": (4, 25), "memorial day": (5, 31),
    "july 4th": (7, 4), "4th of july": (7, 4), "fourth of july": (7, 4),
    "independence day": (7, 4), "labor day": (9, 7), "halloween": (10, 31),
}  # fmt: skip
_HOLIDAY = "|".join(re.escape(h) for h in sorted(_HOLIDAYS, key=len, reverse=True))
#: "lasted until about end of July", "lasting till mid-Aug", "held until 8/1"; the relief itself
#: told up to a day ("good relief until around Christmas", "70% better till mid-January"), or its
#: end told as when it wore off or the pain came back ("wore off around New Year's", "pain
#: returned in early March"). Not a relief "in January" (when it was had), nor "after" a day
#: (no latest end).
_UNTIL = lazy_re.compile(
    r"\b(?:(?:lasted|lasting|lasts|held|relief|better|improvement|improved|helped)\s+"
    r"(?:only\s+|just\s+)?(?:until|till|til|thru|through)"
    rf"|(?:{WORE_OFF}|(?:pain|sx|symptoms?)\s+(?:returned|came\s+(?:right\s+)?back|recurred)"
    r"|back\s+to\s+(?:baseline|base\s+line))\s+"
    r"(?:until|till|til|through|around|by|in|at|over|before|near))\s+"
    r"(?:about\s+|around\s+|approx(?:imately|\.)?\s+|roughly\s+|~\s*)?(?:the\s+)?"
    r"(?:(?P<part>end|beginning|start|middle|early|mid|late)(?:\s+of)?[\s-]+)?"
    rf"(?:(?P<month>{MONTH_PATTERN})\b|(?P<holiday>{_HOLIDAY})(?![\w']))?",
    re.IGNORECASE,
)
#: "lasted 5-6 wks", "wore off after 4-6 weeks", "wore off over the holidays (about 5-6 wks)":
#: the time right after the relief's end, or in brackets closing its clause, a range or not.
_HELD_TIME = lazy_re.compile(
    rf"\b(?:lasted|lasting|lasts|held|{WORE_OFF})"
    r"(?:(?:\s+(?:after|within|in|by|for|only|just))*|[^.;()\d]{0,40}\()\s*"
    r"(?:about|approximately|approx\.?|around|roughly|~)?\s*"
    r"(?:\d{1,2}\s*(?:-|\u2013|to)\s*)?(?P<n>\d{1,2})\s*"
    r"(?P<unit>days?|d|weeks?|wks?|wk|months?|mos?|mo)(?![a-z])",
    re.IGNORECASE,
)
#: "about 50% for ~4-5 weeks", "50% relief x 4-5 wks", "60% improvement for approx 3-4 wks",
#: "~50% better for about 1 month": the time told straight after the relief with "for" or "x",
#: a range read at its longer end (blind wave 77, KG/psi-03). The words between name no symptom
#: ("relief of leg pain for 3 wks" may be the pain's) and stay in the relief's clause.
_RELIEF_FOR = lazy_re.compile(
    r"(?:%|\bpercent\b|\b(?:relief|improvement|improved|better|helped|benefit|response)\b)"
    r"(?P<gap>[^.;,\n\d]{0,25}?)\s*\b(?:for|x)\s*(?:only\s+|just\s+)?"
    r"(?:about|approximately|approx\.?|around|roughly|~)?\s*"
    r"(?:\d{1,2}\s*(?:-|\u2013|to)\s*)?(?P<n>\d{1,2}|an?|one)\s*"
    r"(?P<unit>days?|d|weeks?|wks?|wk|months?|mos?|mo)(?![a-z])",
    re.IGNORECASE,
)
#: The latest day of the month a part can mean (0: the month's last).
_PART_DAY = {"beginning": 10, "start": 10, "early": 10, "middle": 20, "mid": 20}


def relief_days(
    finding: Any, note_date: date | None, at: int | None = None, sentence: str | None = None
) -> int | None:
    """Days the relief in ``finding``'s statement (or ``sentence``, the statement with the rest
    of its sentence: :func:`relief_sentence`) held by its own words, else its duration; ``at``,
    where the finding stands in its statement, if known."""
    return told_days(sentence or finding.snippet, note_date, at or 0) or finding.duration_days


#: A statement cut at a semicolon that goes on in its sentence ("; pain back to baseline by
#: early Dec."), or followed by a sentence that opens on the relief's end ("Pain back to
#: baseline by early Dec.", "Relief lasted ~3 wks.", "Wore off after a month."): up to a full
#: stop that is no decimal point, or the line's end.
_GOES_ON = lazy_re.compile(
    r"\s*(?:;|(?:(?<!\d)\.(?!\d)|(?<=\.))[ \t]*(?=(?:(?:the\s+|her\s+|his\s+)?"
    rf"(?:relief|pain|sx|symptoms?|it|effect|benefit)\s+)?(?:lasted|{WORE_OFF}|back\s+to\s+(?:baseline|base\s+line)|"
    r"returned|came\s+back|recurred)\b))(?P<rest>[^\n]*?)(?=(?<!\d)\.(?!\d)|\n|$)",
    re.IGNORECASE,
)


def relief_sentence(finding: Any, texts: dict[str, str]) -> str:
    """``finding``'s statement with the rest of its sentence when a semicolon cut it there, or
    with the next sentence when that one opens on the relief's end (:data:`_GOES_ON`): "ILESI
    9/3/25 gave 50% relief; pain back to baseline by late Jan" tells how long the relief held
    in the clause the segmenter cut off (brief s71-g: the end left unread, IPN-009 found no
    length). Joined by a comma, as the relief's own clause would write it."""
    text = texts.get(finding.note_ref, "")
    snippet = finding.snippet
    begins = text.rfind(snippet, 0, finding.start + len(snippet)) if snippet else -1
    if not 0 <= begins <= finding.start:
        return snippet
    rest = _GOES_ON.match(text, begins + len(snippet))
    if rest is None or not rest["rest"].strip():
        return snippet
    return f"{snippet.rstrip(' .;')}, {rest['rest'].strip()}"


def told_days(text: str, note_date: date | None, at: int = 0) -> int | None:
    """Days a relief held by the words of ``text``: a time it lasted, or the days from a day
    the text dates to the day it ended; None when the text says neither. A time told after the
    relief with "for" or "x" is read only where it ends after ``at``, the relief's place: in
    "1/2026 (50% x 6 wk) and 5/2026 (~70% relief lasting until mid-Sept)" the 6 weeks are the
    first injection's (blind wave 71, IX/spinal-inj-03)."""
    held = [d.days for d in find_durations(text, note_date) if relief_held(text, d, SYMPTOM_WORDS)]
    if held:
        return max(held)
    ranged = [
        int(m["n"]) * UNIT_DAYS[m["unit"][0].lower()]
        for m in _HELD_TIME.finditer(text)
        if not SYMPTOM_WORDS.search(m.group(0))  # "wore off and the pain is back (3 wks)"
        and relief_held(text, Duration(m.start(), m.end(), 0), SYMPTOM_WORDS)
    ]
    ranged += [
        (int(m["n"]) if m["n"].isdigit() else 1) * UNIT_DAYS[m["unit"][0].lower()]
        for m in _RELIEF_FOR.finditer(text)
        if m.end() > at and not SYMPTOM_WORDS.search(m["gap"])
    ]
    if ranged:
        return max(ranged)
    return held_until(text, note_date)


def until_day(text: str, note_date: date | None) -> date | None:
    """The day the first "until ..." of ``text`` says its relief ended, if it names one."""
    for match in _UNTIL.finditer(text):
        end = _end_day(text, match, note_date)
        if end is not None:
            return end
    return None


def held_until(text: str, note_date: date | None) -> int | None:
    """Days from the procedure's day written in ``text`` to the day its relief ended ("relief
    until around Christmas", "lasted until mid-June"), or None when the text names no end day
    after a day it dates."""
    for match in _UNTIL.finditer(text):
        end = _end_day(text, match, note_date)
        before = [m.when for m in find_dates(text[: match.start()], note_date)]
        began = [d for d in before if end is not None and d <= end]
        if end is not None and began:
            return (end - max(began)).days
    return None


def _end_day(text: str, match: re.Match[str], note_date: date | None) -> date | None:
    """The day an "until ..." names: a written date, a holiday or a month read at its latest."""
    if note_date is None:
        return None
    if match["holiday"]:
        month, day = _HOLIDAYS[match["holiday"].lower().replace("’", "'")]
        return latest_on_or_before(month, day, note_date)
    if match["month"] is None:
        dated = find_dates(text[match.end() : match.end() + 14], note_date)
        return dated[0].when if dated else None
    month = MONTHS[match["month"].lower().rstrip(".")]
    first = latest_on_or_before(month, 1, note_date)
    if first is None:
        return None
    day = _PART_DAY.get((match["part"] or "").lower()) or monthrange(first.year, month)[1]
    return first.replace(day=day)
