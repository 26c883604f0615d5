"""A yearless "N/D" that is a score or a fraction, not a day: pain "7/10", strength "4/5",
"2/3 of the way".

Written without a year, "7/10" reads as July 10th as readily as a pain score, and a score taken
for a day moves what the day decides: a lookback window, a symptom's or a relief's length, the
order of events (s48-a: "pain back to 7/10 after the injection wore off" dated its sentence to
July 10th; "pain went from 8/10 to 3/10" was pain "since August 10th"). So an "N/5" or "N/10"
(N no greater than D) is a score unless a word that dates stands right before it ("seen 7/10",
"on 7/10", "since 7/10"). The words that also lead a score ("to", "from", "of") date it only when
no score is being told: a symptom or score word, or a change, just before them ("pain back to
7/10", "VAS improved from 8/10", "pain level of 6/10"), a score before it in a "from ... to"
("from 8/10 to 3/10"), or "pain" after it ("down to 7/10 pain") make it a score. A fraction
("2/3 of the way", "1/2 mile") is no day either, nor a page count ("PG 1/2" in a fax banner,
"page 2/3"). Read where dates are read (written_dates.py,
since_dates.py), not in each checklist item.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: A yearless "N/D" at the start of the text: exactly that, no year after it.
_MARK = lazy_re.compile(r"(\d{1,2})/(\d{1,2})(?![/\d])")
#: A word that dates what follows it, however it is read ("seen 7/10", "ESI on 7/10").
_DATES_IT = lazy_re.compile(
    r"\b(?:on|since|dated?|seen|dos|doi|started|began|until|through|thru|last|visit|injured|"
    r"onset|performed|done|completed|obtained)\W*$",
    re.IGNORECASE,
)
#: A word that leads a day and a score alike ("from 7/10", "pain back to 7/10", "level of 6/10").
_LEADS_EITHER = lazy_re.compile(r"\b(?:to|from|of)\W*$", re.IGNORECASE)
#: A score is being told in the words just before "to"/"from"/"of" (up to four, within the same
#: comma-free stretch, so "back pain, PT from 7/10" still dates the therapy).
_TOLD = lazy_re.compile(
    r"\b(?:pain|ache|aching|vas|nrs|nprs|score[sd]?|scoring|rated?|rating|rates|level|"
    r"intensity|severity|strength|mmt|grade[sd]?|improved|improving|improvement|decreased|"
    r"decreasing|reduced|dropped|declined|increased|worsened|worsening|better|worse|baseline|"
    r"down|up)\b",
    re.IGNORECASE,
)
_STRETCH = lazy_re.compile(r"[^,;.(\n\d]{0,40}$")
#: "pain" (or a scale) after the mark: "back to 7/10 pain", "down to 3/10 on the VAS".
_SCORE_AFTER = lazy_re.compile(
    r"\s*(?:pain\b|on\s+(?:the\s+)?(?:vas|nrs|nprs|pain\s+scale)\b|\(?\s*(?:vas|nrs|nprs)\b)",
    re.IGNORECASE,
)
#: A score just before a "to": "from 8/10 to", "8/10 -> 3/10" is a pair of scores.
_SCORE_BEFORE_TO = lazy_re.compile(r"(?<![/\d])(\d{1,2})/(\d{1,2})\s+to\W*$", re.IGNORECASE)
_TO_SCORE = lazy_re.compile(r"\s+to\s+(\d{1,2})/(\d{1,2})(?![/\d])", re.IGNORECASE)
#: A fraction of something: "2/3 of the way", "1/2 mile", "3/4 of a block".
_FRACTION_OF = lazy_re.compile(
    r"\s*(?:of\b|-?\s*(?:miles?|blocks?|flights?|tabs?|tablets?|cups?|doses?)\b)", re.IGNORECASE
)

#: A page of pages just before the mark: a fax banner's "PG 1/2", a scan's "Page 2/3", "p. 1/4".
#: Read as a day, a faxed sleep study's "***FAX RECEIVED 02/03/2026 ... PG 1/2***" dated the
#: report 2 January, before the visit that ordered it (blind wave 100, NS/cpap-01).
_PAGE = lazy_re.compile(r"\b(?:pgs?\.?|pages?|pp?\.)\s*(?:#|no\.?)?\s*$", re.IGNORECASE)


def is_score(text: str, start: int) -> bool:
    """Whether the yearless "N/D" at ``start`` of ``text`` is a score, a fraction or a page
    count, not a day."""
    mark = _MARK.match(text, start)
    if mark is None:
        return False
    top, bottom = int(mark.group(1)), int(mark.group(2))
    before = text[max(0, start - 16) : start]
    if _PAGE.search(before) and 0 < top <= bottom:
        return True  # a page count, not a day
    if _DATES_IT.search(before):
        return False
    if bottom not in (5, 10) or top > bottom:
        # Not a score, but a fraction of something is no day either ("2/3 of the way").
        return 0 < top < bottom <= 8 and bool(_FRACTION_OF.match(text, mark.end()))
    leads = _LEADS_EITHER.search(before)
    if leads is None:
        return True
    return _score_told(text, start - len(before) + leads.start(), start, mark.end())


def _score_told(text: str, lead: int, start: int, end: int) -> bool:
    """Whether a score is being told around a "to"/"from"/"of" at ``lead`` (the mark spans
    [start, end)): a score word before it, a score before "to", or "pain" after the mark."""
    if _SCORE_AFTER.match(text, end):
        return True
    stretch = _STRETCH.search(text, max(0, lead - 40), lead)
    words = stretch.group(0).split()[-4:] if stretch else []
    if any(_TOLD.fullmatch(word.strip(":-()")) for word in words):
        return True
    pair = _SCORE_BEFORE_TO.search(text, max(0, start - 20), start)
    if pair is not None:
        return _falls(pair, _MARK.match(text, start)) or is_score(text, pair.start())
    after = _TO_SCORE.match(text, end)
    return after is not None and _falls(_MARK.match(text, start), after)


def _falls(first: re.Match[str] | None, then: re.Match[str] | None) -> bool:
    """ "from 8/10 to 3/10": a fall on one scale, which no span of days makes (it would run
    backwards); a rise ("from 3/10 to 8/10") is told a score only by its words."""
    if first is None or then is None or first.group(2) != then.group(2):
        return False
    return int(then.group(1)) < int(first.group(1)) <= int(first.group(2))
