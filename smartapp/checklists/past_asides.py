"""Care told as some time ago in a statement's own words: the parenthesis or clause that says
"did well with PT last fall" (whose other dates are another thing's), and a past time spelled out
in the dates right after it ("PT last year - 5/25 to 8/25"). Split out of care_parts.py."""

from __future__ import annotations

import re
from datetime import date

from .. import lazy_re
from ..notes.clauses import clause_bounds
from ..notes.durations import find_dates
from .past_times import PAST_TIME, past_period, said_past


def past_aside(snippet: str, at: int, low: int = 0) -> str | None:
    """The words around the care at ``at`` when they say it was some time ago, by a time of
    their own that is no date ("did well with PT last fall", "PT a few years ago"): the
    parenthesis holding it, else its clause. The statement's other dates and weeks are then
    another thing's, most often the symptom's (blind wave 22, CB/lmri-03: "(did well with PT
    last fall) presents with recurrence of LBP ... since the first week of Feb (~10 wks)" made
    ten weeks of PT up to the visit). Not care running from then ("PT since last fall", "on
    naproxen for the past year"). The time's own words are blanked in what is returned."""
    words = past_words(snippet, at, low)
    # ... whatever looks ahead in the clause: "Ibuprofen since Jan - will try naproxen in the
    # fall" places no naproxen in a fall had.
    if not (said_past(words) and said_past(past_words(snippet, at))):
        return None
    # The time itself is no duration of care: "a few years ago" is when, not three years of PT.
    words = PAST_TIME.sub(lambda m: " " * len(m.group()), words)
    # ... but a length joined to it by a bare comma ("PT last fall, 8 weeks") is the care's:
    # with the time blanked, written as "x 8 weeks" (as long, so offsets hold) to be read.
    return _BARE_COMMA.sub(" x", words)


#: What may come between a past time and the dates that spell it out: "last year - post-op ",
#: "last year: ", "last year (", and the quote mark closing the patient's words around it ("two
#: rounds last year" (spring and fall 2025, ...): blind wave 96, ND/shoulder-02).
_TOLD_GAP = lazy_re.compile(r"[\"']?\s*[-\u2013\u2014:(,]?\s*[^.;()\d]{0,20}$")


def told_in_dates(snippet: str, at: int, high: int, note_date: date | None) -> bool:
    """Whether the past time said right after the care at ``at`` is spelled out in dates that
    follow it: "Two rounds of PT last year - post-op 5/25 to 8/25 (24 visits), then 2nd round
    10/25-12/25 (12 visits)" (blind wave 84, LK/occ-03: the PT was placed on the last day of
    2025, no course). Only when every date after it (to ``high``) lies inside that time: "(did
    well with PT last fall) ... since Feb" dates a symptom, not the PT (:func:`past_aside`)."""
    if note_date is None:
        return False
    time = PAST_TIME.search(snippet, at, high)
    period = past_period(time.group(), note_date) if time is not None else None
    if time is None or period is None or snippet.find(".", at, time.start()) >= 0:
        return False
    dates = find_dates(snippet[time.end() : high], note_date)
    if not dates or not _TOLD_GAP.match(snippet[time.end() : time.end() + dates[0].start]):
        return False
    return all(period[0] <= m.when <= period[1] for m in dates)


#: A length said of the past time just before it, closing its own clause: "PT last fall, ~8
#: wks, plateaued", "PT this spring (6 weeks)", "PT last fall, for 8 weeks." (brief s82-visits:
#: the comma ended the clause, so the weeks were left out and the PT was one day of the fall).
#: Not a length that goes on to say what it is of or when ("last fall, 8 wks of pain", "last
#: fall, 2 wks post-op", "last fall, 6 weeks ago").
_JOINED_LENGTH = lazy_re.compile(
    r"\s*[,(]\s*(?:x\s*|for\s+|lasting\s+)?(?:~|about\s+|approx\.?\s*|approximately\s+|around\s+)?"
    r"\d{1,2}\+?\s*(?:wks?|weeks?|mos?|months?)\b\.?(?:\s*(?:total|each|ea))?\s*\)?"
    r"(?=\s*(?:[,;.)]|$))",
    re.IGNORECASE,
)


#: A bare comma between a blanked past time and the length joined to it: "PT          , 8 weeks".
_BARE_COMMA = lazy_re.compile(r"(?<=\s),\s(?=\d{1,2}\+?\s*(?:wks?|weeks?|mos?|months?)\b)", re.I)


def past_words(snippet: str, at: int, low: int = 0) -> str:
    """The parenthesis holding the care at ``at``, else its clause (from ``low`` on), with a
    length joined to the past time that closes it (:data:`_JOINED_LENGTH`)."""
    opened = snippet.rfind("(", 0, at)
    closed = snippet.find(")", at)
    if opened >= 0 and closed > at and ")" not in snippet[opened:at]:
        return snippet[max(opened + 1, low) : closed]
    start, end = clause_bounds(snippet, at)
    words = snippet[max(start, low) : end]
    times = list(PAST_TIME.finditer(words))
    if times and not words[times[-1].end() :].strip(" ,"):
        joined = _JOINED_LENGTH.match(snippet, start + times[-1].end())
        if joined is not None:  # "PT last fall, ~8 wks": the weeks of that fall's PT
            words = snippet[max(start, low) : joined.end()]
    return words
