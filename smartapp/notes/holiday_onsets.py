"""Onsets a note dates by a holiday: "back + L buttock/leg pain since over the holidays (Xmas
week)" in a note of 1/6/2026 (blind wave 101, NY/lmri-03: the pain's nine weeks by the MRI went
unread and LMRI-002 called the duration missing), "since Christmas", "began around New Year's",
"started over Thanksgiving", "since the 4th of July".

A holiday is read as the nearest such day on or before the note, as "since March" is the latest
March begun (since_dates._since), or of the year written after it ("since Christmas 2024").
"The holidays" are the winter holidays, Thanksgiving to New Year's Day, read from the latest of
them by the note, so no "symptoms for N weeks" rule is met by more time than the words give:
a February note's "since the holidays" is New Year's Day. A holiday's eve reads as the day.

Only an onset: "since", or a verb of beginning, before the holiday; "worse over the holidays" or
"flare at Christmas" says when a symptom was, not since when. A symptom named straight before
"over" or "during" the holiday and nothing of a change ("LBP over the holidays, axial." in a note
of 1/6/2026, the visit's complaint: blind wave 103, OC/lmri-02) was there by the holiday, so it
began by its day at the latest: read as "since". Not one its sentence says is over ("back pain
over the holidays, resolved"), nor care or plans timed by a holiday ("PT after the holidays").
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import latest_on_or_before, safe_date

#: The holidays' words, each with the key :func:`holiday_day` reads.
_NAMES = (
    r"(?P<winter>holidays|holiday\s+season)|"
    r"(?P<christmas>christmas|x-?mas)(?:\s+(?:eve|day))?|"
    r"(?P<newyear>new\s+years?['\u2019]?s?)(?:\s+(?:eve|day))?|"
    r"(?P<thanksgiving>thanksgiving)(?:\s+day)?|"
    r"(?P<july>(?:the\s+)?(?:4th|fourth)\s+of\s+july|july\s+(?:4th|4|fourth)|independence\s+day)"
)
HOLIDAY_ONSET = lazy_re.compile(
    r"(?:\bsince|\b(?:start\w*|began|begun|beginning|onset)\b)"
    r"(?:\s+(?:over|during|around|at|about|approx\.?|approximately|~|in|on|right\s+before))*\s+"
    r"(?:the\s+)?(?:(?:last|past|this\s+past)\s+)?"
    rf"(?:{_NAMES})\b(?:\s+(?P<year>(?:19|20)\d{{2}})\b)?",
    re.IGNORECASE,
)


#: A symptom named right before the holiday it was there over: "LBP over the holidays", "back
#: pain during Christmas week". Not led by a change ("worse", "flare of", "increased").
_SYMPTOM_OVER = lazy_re.compile(
    r"(?<!\bworse )(?<!\bflare of )(?<!\bincreased )(?<!\bmore )"
    r"\b(?:lbp|pain|ache|aches|sciatica|sx|symptoms|stiffness|numbness|tingling)\s+"
    r"(?:over|during)\s+(?:the\s+)?(?:(?:last|past|this\s+past)\s+)?"
    rf"(?:{_NAMES})\b(?:\s+(?P<year>(?:19|20)\d{{2}})\b)?",
    re.IGNORECASE,
)
#: Its sentence says the symptom is over or better: an episode, not an onset.
_OVER = lazy_re.compile(
    r"\b(?:resolved|gone|went\s+away|subsided|better|improved|no\s+longer|since\s+then\s+fine)\b",
    re.IGNORECASE,
)
#: The holiday's week or break, not its day: "since Christmas week", "pain over Thanksgiving
#: break" began by that week's last day at the latest.
WEEK_OF = lazy_re.compile(r"\s+(?:week|break|vacation)\b", re.IGNORECASE)
_SENTENCE_END = lazy_re.compile(r"[.;!?\n]")


def _thanksgiving(year: int) -> dt.date:
    """The fourth Thursday of November of ``year`` (US)."""
    first = dt.date(year, 11, 1)
    return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def _on_or_before(days_of_year: list[dt.date | None], note_date: dt.date) -> dt.date | None:
    past = [day for day in days_of_year if day is not None and day <= note_date]
    return max(past) if past else None


def holiday_day(name: str, note_date: dt.date, year: int | None = None) -> dt.date | None:
    """The day holiday ``name`` ("christmas", "newyear", "thanksgiving", "july" or "winter"
    for the holidays) onsets are read from: of ``year`` when written, else the latest such day
    on or before ``note_date``."""
    years = [year] if year else [note_date.year, note_date.year - 1]
    if name == "christmas":
        return _on_or_before([safe_date(y, 12, 25) for y in years], note_date)
    if name == "newyear":
        return safe_date(year, 1, 1) if year else latest_on_or_before(1, 1, note_date)
    if name == "july":
        return _on_or_before([safe_date(y, 7, 4) for y in years], note_date)
    if name == "thanksgiving":
        return _on_or_before([_thanksgiving(y) for y in years], note_date)
    # The winter holidays: the latest of Thanksgiving, Christmas and New Year's by the note.
    days = [d for y in years for d in (_thanksgiving(y), dt.date(y, 12, 25), dt.date(y, 1, 1))]
    return _on_or_before(days, note_date)


def holiday_onsets(text: str, note_date: dt.date) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each onset of ``text`` dated by a holiday (module docstring)."""
    found = []
    matches = list(HOLIDAY_ONSET.finditer(text))
    for match in _SYMPTOM_OVER.finditer(text):
        end = _SENTENCE_END.search(text, match.end())
        if not _OVER.search(text, match.end(), end.start() if end else len(text)):
            matches.append(match)  # "LBP over the holidays, axial.": there by then
    for match in matches:
        name = next(key for key in ("winter", "christmas", "newyear", "thanksgiving", "july")
                    if match.group(key))  # fmt: skip
        year = int(match.group("year")) if match.group("year") else None
        day = holiday_day(name, note_date, year)
        if day is not None and name != "winter" and WEEK_OF.match(text, match.end()):
            day = min(day + dt.timedelta(days=6), note_date)  # "Xmas week": its last day
        if day is not None and day <= note_date:
            found.append((match.start(), match.end(), day))
    return found
