"""A measure's current value told after an earlier one in the same statement.

"BMI 36.2 last summer, today 34.9", "BMI 41 -> 39 today", "highest BMI 45, now 41", "BMI was 38,
now 36", "BMI 44 at intake, 41 today": the name's first number is another time's, and the
statement turns to the value of the visit ("today", "now", "currently", "this visit"). The
current value decides: the summer's 36.2 was read as the consult's BMI and met BAR-001's 35 with
a comorbidity while the visit's 34.9 does not (brief s76-misc, blind wave 87, LT/bari-02).

Only for measures whose reading is a state of the patient now (``CURRENT_DECIDES``): a block's
relief is judged by its best response ("80% relief initially, now 30%" still had 80%), a sleep
index by its study. Near misses stay as written: "BMI 42 (today)" (one value), "BMI 38 today,
was 41 last summer" (the first value is today's), "BMI 40, now 6 weeks post-op" (a time, not a
value), "BMI 36, today's weight 236 lb" (another measure). A trend with no time word is read
to its end: "BMI 37.2 -> 34.6" is the 34.6 (brief s83-cant), "BMI 41 -> goal 35" still 41.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: Measures read as the visit's value when the statement turns to it (see the module docstring).
CURRENT_DECIDES = frozenset({"bmi"})

#: The first number after the measure's name: the value measure_values reads (or the earlier
#: value a word such as "was" or "at intake" stands before).
_FIRST = lazy_re.compile(r"^[^\d\n;]{0,20}?(\d{1,3}(?:\.\d+)?)(?!\s*/\s*\d)")

#: What may stand between the first value and the turn to today: words of the earlier time
#: ("last summer", "at intake", "in 2024", "(6/2025)", "(4 mo ago)": a trend line's "BMI trend:
#: 47.8 (4 mo ago) -> 46.9 (today)", brief s82-bmi), no other value and no sentence's end.
_BETWEEN = (
    r"(?:[^\d\n;.]|\.(?=\d)|\b\d{1,2}/\d{2,4}\b|\b(?:19|20)\d{2}\b"
    r"|\b\d{1,2}\s*(?:mos?|months?|wks?|weeks?|yrs?|years?|days?)\.?\s+ago\b)"
)
#: A word for the visit's time.
_NOW = r"(?:today|now|currently|current|(?:at\s+)?(?:this|today'?s)\s+visit)"
#: The current value: a number that is no time, weight, percent or other unit's.
_VALUE = (
    r"(\d{1,3}(?:\.\d+)?)(?![\d/])(?!\s*(?:%|lbs?\b|kg\b(?!\s*/)|pounds?|wks?\b|weeks?|mos?\b|"
    r"months?|days?|yrs?\b|years?|hrs?\b|hours?|min))"
)
#: The turn: a comma, an arrow, "and"/"but", then the time word before the value ("..., today
#: 34.9", "-> recheck today 40.0", ", now: 41", ", current BMI 36") ...
_NOW_FIRST = lazy_re.compile(
    rf"^{_BETWEEN}{{0,30}}?(?:,|-{{1,2}}>|=>|\u2192|\u27f6|\band\b|\bbut\b)\s*(?:(?:and|but)\s+)?"
    r"(?:(?:re-?check(?:ed)?|repeat|measured|bmi)\s+)?"
    rf"{_NOW}\b\s*(?:bmi\b\s*)?(?:(?:is|of|was|=|:|at|~)\s*){{0,2}}{_VALUE}",
    re.IGNORECASE,
)
#: ... or the value before it ("-> 39 today", ", 41 today", "to 39 now").
_NOW_AFTER = lazy_re.compile(
    rf"^{_BETWEEN}{{0,30}}?(?:,|-{{1,2}}>|=>|\u2192|\u27f6|\bto\b)\s*(?:bmi\s*)?{_VALUE}"
    rf"\s*(?:kg/m2|kg/m\u00b2|kg/m\^2)?\s*\(?\s*{_NOW}\b",
    re.IGNORECASE,
)

#: ... or a bare arrow to a later value: a trend's end is its latest value ("(BMI 37.2 -> 34.6),
#: plateaued": brief s83-cant, the dietitian's 37.2 met BAR-001 alone). Not a goal ("BMI 41 ->
#: goal 35", "-> 35 (target)").
_ARROW_LATER = lazy_re.compile(
    rf"^{_BETWEEN}{{0,30}}?(?:-{{1,2}}>|=>|\u2192|\u27f6)\s*(?:bmi\s*)?{_VALUE}"
    r"(?!\s*\(?\s*(?:goal|target|expected|anticipated|desired|planned|predicted|ideal)\b)",
    re.IGNORECASE,
)


def current_value(text: str, end: int, limit: int, trend: bool = True) -> float | None:
    """The current value the statement gives after the measure's first value (``end``: the
    measure's name's end, ``limit``: its statement's end), or None when it turns to no later
    value of the visit. With ``trend`` False only a value told as the visit's counts, not a bare
    arrow's end (which its statement may still date: "BMI 40 -> 36 in 2024")."""
    window = text[end : min(limit, end + 90)]
    first = _FIRST.match(window)
    if first is None:
        return None
    rest = window[first.end() :]
    turn = _NOW_FIRST.match(rest) or _NOW_AFTER.match(rest)
    if turn:
        return float(turn.group(1))
    later = _ARROW_LATER.match(rest) if trend else None
    return float(later.group(1)) if later else None
