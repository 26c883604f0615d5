"""A visit's number in a therapy note's heading, written like a day: "PT daily note visit 4/12".

Split out of written_dates.py, whose :data:`DATE` reads a yearless "N/M" as a day (and reads
"visit 4/5" as one, where a score would not be). A daily, treatment or progress note records the
visit of its own day, so a heading's "visit 4/12" that is not the note's own day is the visit's
number of the course's total: visit 4 of 12, not April 12 (blind wave 31, DI/workrehab-03: in a
note of 8/7, read as a date it began acute PT months before the injury and made a 115-day course
of two weeks).

A therapy's own visit is numbered so outside a daily note's heading too (lead's class, s65-j):
"PT visit 3/18", "OT visit #5/12", "PT Tx visit 7/20: ther ex", and a heading that opens with
the therapy ("PT 3/18 - daily note"). It is a count only when its first number is at most its
second (visit 3 of 18) and that total is one a course runs to; "#3/18" is never a day. A
visit told as one of the past or to come ("last PT visit 3/18", "next PT visit 3/18") and a
clinic's visit ("office visit 3/18", no therapy named) are the days they say. A count followed by
its visits' plural ("11/12 visits", "3/12 PT sessions") is one too, wherever it stands.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .date_patterns import DATE as _DAY_SHAPE

#: A therapy note's heading that numbers its visit: "PT daily note visit 4/12:", "DAILY NOTE
#: visit 6/8", "PT progress note visit 8/12:"; its own date may stand before "visit" ("PT daily
#: note 8/11/26: Visit 2/12.", the second visit of twelve: blind wave 41, EZ/occ-03).
_VISIT_HEADING = lazy_re.compile(
    r"(?:^|\n)[^\n]{0,40}?\b(?:daily|treatment|tx|progress)\s+note\s*[-:,(]?\s*"
    r"(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*[:,;-]?\s*)?visit\s*#?\s*$",
    re.I,
)


_THERAPY = (
    r"(?:(?-i:PT|OT|SLP|ST)|physical\s+therapy|occupational\s+therapy|speech\s+therapy|therapy|"
    r"chiro)"
)
#: "PT visit 3/18", "OT tx visit #5/12", "PT daily visit 7/20": the therapy's own visit, not
#: one told as past or to come ("last PT visit 3/18").
_THERAPY_VISIT = lazy_re.compile(
    rf"(?<!\blast )(?<!\bnext )(?<!\bprior )(?<!\bprevious )(?<!\bfinal )(?<!\bfirst )"
    rf"(?<!\binitial )\b{_THERAPY}\s+(?:(?:daily|tx|treatment|f/u|follow[- ]up)\s+)?"
    r"(?:visit|session)\s*#?\s*$",
    re.I,
)
#: A heading that opens with the therapy and names its note after the count: "PT 3/18 - daily
#: note", "OT 5/12 Tx note".
_THERAPY_HEADING = lazy_re.compile(rf"(?:^|\n)\s*{_THERAPY}\s*$", re.I)
_NOTE_AFTER = lazy_re.compile(
    r"\s*[-:,]?\s*(?:daily|treatment|tx|progress)\s+note\b|\s*[-:,]?\s*visit\b", re.I
)
#: The most visits a course is numbered against ("visit 3/18", "12/24").
_MOST_VISITS = 60

#: A visit or session numbered with nothing before it in its clause that names a kind of visit
#: (brief s80-time): "PT note (outside, faxed): Visit 3/12 authorized." (blind wave 95,
#: MW/work-rehab-02: read as 12 March), "Visit 3/12." as a course's daily line, "Pre-bariatric
#: supervised wt mgmt, session 1/6", "Today is session 4/10". A program's visit is numbered so
#: too: "MNT visit 2/6", "Weight management visit 3/6", "bariatric program visit 4/6". Not a
#: visit of a kind that is dated ("office visit 3/12", "ED visit 3/12", "home visit 3/12", "last
#: visit 3/12"), nor "visit on 3/12", "seen 3/12", "visit 3/12/26".
_BARE_VISIT = lazy_re.compile(
    r"(?:^|[\n:;(\[]|[.!?]\s|\s[-\u2013\u2014]|\b(?:is|was|this|today'?s?)\b|\b(?:MNT|"
    r"nutrition|weight\s+(?:management|mgmt)|wt\s+(?:management|mgmt)|program|monthly),?)\s*"
    r"(?:visit|session)\s*#?\s*$",
    re.I,
)
#: A numbered visit told as one of a total after it: "visit 3/12 authorized", "visit 6/6 of
#: supervised program"; a dated log line "Visit 5/8: composes 10-word msg" keeps its day.
_COUNT_AFTER = lazy_re.compile(
    r"\s*(?:authori[sz]ed|approved|of\b|used|remaining|left|complete)|\s*(?:$|[.)(,;]|\s-\s)",
    re.I,
)
#: The count's unit right after it: "11/12 visits", "3/12 PT sessions", "8/10 tx sessions". A
#: day is not followed by its visits' plural; "11/12 visits" after a course is 11 of 12 visits,
#: not November 12, which would start the course months early (brief s65b-noticed).
_VISITS_AFTER = lazy_re.compile(
    r"\s*(?:(?-i:PT|OT|SLP|ST)\s+|(?:therapy|tx|treatment|rehab)\s+)?"
    r"(?:visits|sessions|treatments|appts|appointments)\b",
    re.I,
)
#: A visit told as one of a kind that is dated ("last visit", "first visit", "next session").
_KIND_BEFORE = lazy_re.compile(
    r"\b(?:last|next|prior|previous|final|first|initial|scheduled|recent|upcoming)\s+"
    r"(?:visit|session)\s*#?\s*$",
    re.I,
)


def visit_count(match: re.Match[str], text: str) -> bool:
    """Whether a yearless "N/M" match of written_dates.DATE (groups 4-6: month, day, year) stands
    after a heading's "visit" or is a therapy visit's number (see the module docstring): the
    caller keeps it as a day only when it is the note's own."""
    if not match.group(4) or match.group(6):
        return False
    before = text[: match.start()]
    if _VISIT_HEADING.search(before):
        return True
    first, total = (int(n) for n in re.findall(r"\d+", match.group())[:2])
    if not first <= total <= _MOST_VISITS:
        return False
    if before.rstrip().endswith("#"):
        return True  # "#3/18": a number, never a day
    if _VISITS_AFTER.match(text, match.end()):
        return True  # "attended 11/12 visits": eleven of twelve
    if _THERAPY_VISIT.search(before[-60:]):
        return True
    lead = before[-60:]
    if (
        _BARE_VISIT.search(lead)
        and not _KIND_BEFORE.search(lead)
        and _COUNT_AFTER.match(text, match.end())
    ):
        return True  # "Visit 3/12 authorized", "MNT visit 2/6": visit 3 of 12 (brief s80-time)
    heading = _THERAPY_HEADING.search(before[-40:])
    return bool(heading and _NOTE_AFTER.match(text, match.end()))


#: A visit or session numbered against its course's total in words: "visit 12 of 12", "tx #5
#: of 12", "session 6 out of 6" (course_under_way.py reads which are short of the total).
_NUMBERED_OF = lazy_re.compile(
    r"\b(?:visits?|sessions?|tx|treatment)\s*#?\s*(\d{1,2})\s+(?:out\s+)?of\s+(\d{1,2})\b",
    re.I,
)
#: The "N/M" shape a visit's number is written in ("visit 18/18", "#3/12"), read as a count
#: only where :func:`visit_count` says it is one, not a day.
_SLASHED = lazy_re.compile(r"\b(\d{1,2})/(\d{1,2})\b(?!/)")


def numbered_visits(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number) of each visit ``text`` numbers against its course's total: "PT
    visit 18/18" and "visit 12 of 12" are the course's eighteenth and twelfth visits, so that
    many were held (brief s82-visits: "Late entry for 6/26: PT visit 18/18" was one visit on a
    day "18/18"); "visit 1/12" is the first of a plan of twelve. Not a number above its total."""
    found = [
        (m.start(), m.end(), int(m.group(1)))
        for m in _NUMBERED_OF.finditer(text)
        if 0 < int(m.group(1)) <= int(m.group(2)) <= _MOST_VISITS
    ]
    for match in _SLASHED.finditer(text) if "/" in text else ():
        shaped = _DAY_SHAPE.match(text, match.start())
        if shaped is not None and shaped.end() == match.end() and visit_count(shaped, text):
            found.append((match.start(), match.end(), int(match.group(1))))
    return found
