"""Numbers written as words, as dictation and speech recognition give them.

A dictated note says "ASES eighty six, QuickDASH nine" or "forward flexion one hundred twenty
five" (blind wave 18, BI/tsa-03): a value read only from digits is missed, and the score's name
alone then counts as a finding. :func:`digits_for_words` writes such a number in digits so the
readers of values see "ASES 86". A word number followed by a unit of time or count ("nine
months", "two visits") is a duration, not a value, and is left as written.
"""

from __future__ import annotations

import re

from .. import lazy_re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
#: Below a hundred: "nine", "eighty six", "eighty-six", "forty".
_SMALL = rf"(?:(?:{_TEN})(?:[\s-]+(?:{_UNIT}))?|(?:{_UNIT}))"
_NUMBER = lazy_re.compile(
    rf"\b(?:(?P<hundreds>{_UNIT})\s+hundred(?:\s+(?:and\s+)?(?P<rest>{_SMALL}))?|(?P<small>{_SMALL}))"
    rf"(?:\s+point\s+(?P<decimal>{_UNIT}))?\b"
    # A duration or a count, not a value: "nine months", "two visits", "six times".
    r"(?!\s*(?:-\s*)?(?:years?|months?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|times?"
    r"|visits?|sessions?|injections?|shots?)\b)",
    re.IGNORECASE,
)


def _small(words: str) -> int:
    total = 0
    for word in re.split(r"[\s-]+", words.lower()):
        total += _TENS.get(word, 0) + _UNITS.get(word, 0)
    return total


def _value(match: re.Match[str]) -> str:
    if match.group("hundreds"):
        whole = _UNITS[match.group("hundreds").lower()] * 100
        whole += _small(match.group("rest")) if match.group("rest") else 0
    else:
        whole = _small(match.group("small"))
    decimal = match.group("decimal")
    return f"{whole}.{_UNITS[decimal.lower()]}" if decimal else str(whole)


def digits_for_words(text: str) -> str:
    """``text`` with each number written in words rewritten in digits ("eighty six" -> "86")."""
    return _NUMBER.sub(_value, text)
