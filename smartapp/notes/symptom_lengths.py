"""A symptom's length written straight after its name, closing the clause: "LBP 2 mo.", "neck
pain 3 wks,", "sciatica ~10 wks;", "R knee pain 4 months" (blind wave 107, OQ/lmri-02: "LBP 2
mo." in the note before the order went unread, and the earlier note's "since late Jan" counted
only to that note's day gave 11 days).

A terse history line names the complaint and how long it has run with nothing between: no "x",
"for" or "since", which are all :mod:`.durations` reads. Only a symptom word right before the
length, and only a length that ends its clause: "pain 2 wks post-op" times the surgery, "LBP 2
wks after the fall" the fall, "LBP 3 mo ago" is durations.py's own. Not a follow-up's or a
plan's interval ("f/u LBP 6 wks", "recheck back pain 4 wks", "RTC knee pain 2 mo"), which
times no symptom; nor a complaint denied in its clause ("No LBP 2 mo.", two months free of
it). Negation beyond the clause, a relative's complaint and the statement's date are read by the
statement as for any duration (symptom_durations.py).
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_start

#: The complaints a terse history line times so: pain and its names, and the nerve symptoms.
_SYMPTOM = (
    r"(?:pain|ache|aching|lbp|lumbago|cervicalgia|sciatica|radiculopathy|numbness|tingling|"
    r"paresthesias?|stiffness|swelling|symptoms|sx|discomfort)"
)
_UNIT = r"(days?|d|weeks?|wks?|wk|months?|mos?|mo|mths?|years?|yrs?|yr)"
#: Words that make the interval a visit's or an order's, not the symptom's: "f/u LBP 6 wks".
_VISIT = r"(?:f/u|fu|follow[- ]?up|rtc|recheck|return|re-?eval\w*|reassess\w*|see|seen|call|in)"
_LENGTH = lazy_re.compile(
    rf"\b{_SYMPTOM}\s+(?:(?:about|approx\.?|~)\s*)?(\d{{1,2}}(?:\.\d)?)\s*{_UNIT}"
    r"(?=\s*(?:[.;,)]|$))",
    re.IGNORECASE,
)
#: Where the clause the length closes began: the break before the symptom.
_CLAUSE_BREAK = lazy_re.compile(r"[.;,:(\n]|\s[-\u2013]\s")
_VISIT_BEFORE = lazy_re.compile(rf"\b{_VISIT}\b", re.IGNORECASE)
#: A complaint denied or gone in the clause: "No LBP 2 mo." is two months without it.
_DENIED_BEFORE = lazy_re.compile(
    r"\b(?:no|denies|denied|without|free\s+of|resolved|off)\b", re.IGNORECASE
)
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}


def symptom_lengths(text: str) -> list[tuple[int, int, int]]:
    """(start, end, days) of each length written straight after a symptom and closing its
    clause ("LBP 2 mo.": 60 days at "2 mo"), unless the clause is a follow-up's."""
    found: list[tuple[int, int, int]] = []
    for match in _LENGTH.finditer(text):
        low = clause_start(text, match.start(), _CLAUSE_BREAK)
        if _VISIT_BEFORE.search(text, low, match.start()):
            continue  # "f/u LBP 6 wks": when to come back, not how long the pain has run
        if _DENIED_BEFORE.search(text, low, match.start()):
            continue  # "no LBP 2 mo.": how long it has been gone, not how long it has run
        days = int(float(match.group(1)) * _UNIT_DAYS[match.group(2)[0].lower()])
        found.append((match.start(1), match.end(2), days))
    return found
