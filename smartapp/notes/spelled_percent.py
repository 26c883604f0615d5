"""A percentage as dictated notes write it: "60 percent", "60 per cent", "60 pct", "sixty
percent", "forty-five percent", beside the "60%" a typed note gives.

A dictated pain note gives a prior epidural's response in words ("She had a C6-7 interlaminar
ESI ... with about 60 percent relief lasting until roughly mid June": blind wave 60,
HR/spinalinj-03), which the payer reads as the 60% of LCD L39242's "at least 50% relief for at
least 3 months". Only whole tens and tens-and-units are spelled out in notes; "a hundred
percent" is rare enough to leave.
"""

from __future__ import annotations

import re

from .. import lazy_re

_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip

#: A number of two or three digits, or spelled as tens and units ("sixty", "sixty-five"): one
#: capturing group, read by :func:`as_number`.
NUMBER = r"(\d{2,3}(?:\.\d+)?|\b(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS) + r"))?)"
#: The per-cent sign or its words, spaces before allowed: "60%", "60 %", "60 percent".
PER_CENT = r"\s*(?:%|percent\b|per\s*cent\b|pct\b)"


def as_number(written: str) -> float:
    """The value of a :data:`NUMBER` match: "60" is 60.0, "sixty-five" 65.0."""
    if written[0].isdigit():
        return float(written)
    tens, _, units = written.lower().replace("-", " ").partition(" ")
    return float(_TENS[tens] + _UNITS.get(units.strip(), 0))


#: A bound written before a percentage: below ("<50%", "≤ 50%", "less than 50%", "under 50%",
#: "below 80%") or above (">80%", "over 80%", "greater than 80%", "at least 80%"). A payer reads
#: "<50% relief" as under 50, not as 50 (brief s72-g: "dual MBBs <50%" read as 50% relief).
BOUND = (
    r"(?:[<>≤≥]=?|\b(?:over|above|greater\s+than|more\s+than|at\s+least|less\s+than|"
    r"lower\s+than|under|below)\b)"
)
_BELOW = lazy_re.compile(r"<|≤|less|lower|under|below", re.IGNORECASE)
_BOUND_ENDS = lazy_re.compile(BOUND + r"\s*$", re.IGNORECASE)


def bounded(value: float, before: str) -> float:
    """``value`` read with the bound ``before`` ends with (the text right before the number):
    just under it below a bound ("<50%": 49), else the number itself (">80%": 80)."""
    bound = _BOUND_ENDS.search(before)
    return value - 1 if bound and _BELOW.match(bound.group()) else value


#: A range's lower end written before the percentage read: "70-80%", "70%-80%", "70 to 80
#: percent", "seventy to eighty percent" (one group, the lower number). Not a date's or a level's
#: number ("3/12-80%", "L4-50%"): no word, slash or point before it.
_RANGE_LOW = lazy_re.compile(
    r"(?<![\w./])" + NUMBER + r"(?:" + PER_CENT + r")?\s*(?:-|\u2013|\u2014|to)\s*$", re.I
)
#: "from 40% to 80%" is a change, not a range.
_FROM = lazy_re.compile(r"\bfrom\s*$", re.IGNORECASE)
#: Which optional lower end a pattern may take before its own percentage (no group), so the
#: pattern still reaches the number :func:`relief_percent` reads the range from: "helped 50-60%".
RANGE_FROM = (
    r"(?:(?:\d{2,3}|\b(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS) + r"))?)"
    r"(?:" + PER_CENT + r")?\s*(?:-|\u2013|\u2014|to)\s*)?"
)


def relief_percent(value: float, before: str) -> float:
    """A block's relief ``value`` read with what stands right ``before`` its number: a range's
    lower end ("70-80% relief" is 70: a reviewer takes the conservative figure, brief s73-b),
    then a bound (:func:`bounded`). A range goes up, by no more than 40 points ("10 - 60%
    relief" is a visit number and a percentage)."""
    low = _RANGE_LOW.search(before)
    if low is not None and not _FROM.search(before, 0, low.start()):
        start = as_number(low.group(1))
        if start < value <= start + 40:
            return bounded(start, before[: low.start()])
    return bounded(value, before)
