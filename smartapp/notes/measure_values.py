"""The value written with a measure's name ("AHI 32.4/hr", "SpO2 <88% for 42 min", a table
cell's "85%"), and which measures' values are not the overall one (a qualified sub-measure, an
RDI that counts RERAs). The hypopnea rule an index was scored by is hypopnea_rules.py's.

Split out of cues.py, which keeps the cues that flag a statement.
"""

from __future__ import annotations

import re

from .. import lazy_re

# hypopnea_rules.py reads an index's scoring rule; tests import it from here (re-exported).
from .hypopnea_rules import hypopnea_rule as hypopnea_rule
from .spelled_percent import BOUND, NUMBER, PER_CENT, RANGE_FROM, as_number, bounded, relief_percent

#: A word for when may stand between the name and its value: "BMI today 46.9", "BMI now: 38",
#: "BMI trend: 47.8 (4 mo ago) -> 46.9" (phrasing grid s44, BAR-001: each read as no value).
#: A table's cell border may stand there too: "BMI | 37.2 |", an HTML table's label cell then
#: its value cell (blind wave 85, LN/bariatric-03: "Weight | 105 kg | ... | BMI | 37.2").
_VALUE = lazy_re.compile(
    r"^[\s:=(|]*(?:(?:today|now|currently|current|trend)\b\s*)?"
    r"(?:(?:of|is|was|at|about|around|roughly|nearly|=|:|~|approx\.?|approximately)\s*){0,2}"
    r"(\d{1,3}(?:\.\d+)?)(?!\s*/\s*\d)"
)
#: A time unit right after a number: the number is when the measure was read, not its value
#: ("SpO2 at 6 min 86%" was read as a saturation of 6, which qualifies home oxygen whatever the
#: real reading: brief s74-k). Seconds to years; a bare "m" or "s" is a metre or nothing.
_TIME_UNIT = (
    r"\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h|hrs?|hours?|days?|wks?|weeks?|mos?|months?|"
    r"yrs?|years?)(?![a-z])"
)
_IS_TIME = lazy_re.compile(_TIME_UNIT, re.I)
#: The time told first, the value after it: "SpO2 at 6 min 86%", "SpO2 at 3 min: 86%", "sats
#: after 10 sec 94%", "SpO2 x 6 min 95%", "nadir @ 4 min 85%". A lead word ("at", "after",
#: "x") or the unit makes the first number a time; the value is the number after the unit,
#: itself no time ("SpO2 at 2 hrs 3 days" gives none).
_TIME_FIRST = lazy_re.compile(
    r"^[\s:=(,]*(?:(?:at|after|x|\u00d7|@|for|over|within|by)\s*)?"
    r"(?:about|around|~|approx\.?|approximately)?\s*\d{1,3}(?:\.\d+)?"
    + _TIME_UNIT
    + r"[\s:=,)-]*(?:(?:of|is|was|=|~|approx\.?|approximately)\s*){0,2}"
    r"(\d{1,3}(?:\.\d+)?)(?!\s*/\s*\d)(?!\d)",
    re.I,
)


def _read_value(window: str) -> re.Match[str] | None:
    """The value right after a measure's name in ``window`` (group 1), or None: a number told
    with a time unit is a time ("at 6 min"), and the value, if any, is the number after it."""
    timed = _TIME_FIRST.match(window[:45])
    if timed is not None:
        return None if _IS_TIME.match(window, timed.end()) else timed
    match = _VALUE.match(window[:30])
    if match is not None and _IS_TIME.match(window, match.end()):
        return None  # "SpO2 at 6 min" with no value after the time
    return match


#: A remark in brackets between a measure and its value: "Percent relief (patient estimate): 60%",
#: "SpO2 (room air) 86%". Not a time ("relief (lidocaine) x 2 hrs" has no value after it).
_REMARK = lazy_re.compile(r"^\s*\([^()\d]{1,30}\)")
_TIME_AFTER = lazy_re.compile(r"\s*(?:hours?|hrs?|h|min\w*|days?|weeks?|wks?|months?|mos?)\b", re.I)
#: A relief's number told with a time is how long the relief held, not how much: "60% relief ~3.5
#: mo" is 60% (blind wave 84, LL/spi-03: read as 3.5), and so are "relief of about 3 months",
#: "relief: 2-3 mos", "relief (10 wks)", "relief ~3 1/2 months". A range or a half may stand
#: between the number and its unit.
_HELD_TIME = lazy_re.compile(
    r"\s*(?:\s1/2|\s*(?:-|\u2013|to)\s*\d{1,2}(?:\.\d+)?)?\s*"
    r"(?:hours?|hrs?|h|min\w*|days?|d|weeks?|wks?|wk|months?|mos?|mths?|m|years?|yrs?)(?![a-z])",
    re.I,
)
#: The value before the name, as a table cell ("85% (nadir)") or a dictated note ("about 60 percent
#: relief", "sixty percent relief") gives it (spelled_percent.py).
_VALUE_BEFORE = lazy_re.compile(NUMBER + PER_CENT + r"\s*[(\[]?\s*$", re.IGNORECASE)
_SPELLED_AFTER = lazy_re.compile(
    r"^[\s:=(]*(?:(?:of|is|was|about|around|roughly|nearly|~|approx\.?|approximately)\s*){0,2}"
    + NUMBER
    + PER_CENT,
    re.IGNORECASE,
)
#: A relief told with a bound after its word: "relief <50%", "relief of less than 80%", "relief
#: was >80%", "relief: over 80% x 6 hrs" (brief s72-g). For a relief the bound is the reading
#: (bounded()), not a threshold a time must qualify as a saturation's is. So is "relief only
#: 40%" (a percentage, so "relief only 2 hrs" is none). A range is read at its lower end:
#: "relief of seventy to eighty percent" is 70 (brief s73-b; relief_percent()).
_BOUND_AFTER = lazy_re.compile(
    r"^[\s:=(]*(?:(?:of|is|was|were|about|approx\.?|approximately|~|only|just|maybe|around|"
    r"roughly|nearly)\s*){0,2}("
    + BOUND
    + r"\s*)?"
    + RANGE_FROM
    + NUMBER
    + PER_CENT,
    re.IGNORECASE,
)
#: Measures whose bound is a reading: a block's relief.
BOUND_IS_READING = frozenset({"block-relief"})
_COMPARATOR = lazy_re.compile(
    r"^[\s:=(]*(?:[<>≤≥]=?|below|under|less than)\s*(\d{1,3}(?:\.\d+)?)", re.IGNORECASE
)
#: The scoring rule written between a measure and its value: "pAHI 3%: 27.9", "REI (4% rule) 18".
#: In brackets it may carry words either side: "REI (4% desaturation rule) 4.6/h", "AHI (AASM 3%
#: rule): 11.2", "RDI [3% criteria] 14" (s49-d: each read as no value). The bracket is taken
#: whole only when it names a rule (or holds the bare "(4%)") and no other number, so a "(nadir
#: 84%)" or "(3% loss)" is not; the rule itself is left for hypopnea_rules.py to read.
_RULE_WORD = r"\b(?:rules?|criteri\w*|desat\w*|scor\w*|hypopn\w*|aasm|cms|medicare)\b"
_RULE = lazy_re.compile(
    r"^\s*(?:"
    rf"[(\[](?=[^()\[\]\n]{{0,60}}?{_RULE_WORD})[^()\[\]\d\n]{{0,30}}?"
    r"(?<![\d.])[34]\s*%[^()\[\]\d\n]{0,30}?[)\]]"
    r"|\[\s*[34]\s*%\s*\]"
    r"|\(?\s*(?:by|using|per)?\s*(?:the\s+)?[34]\s*%\s*(?:rule|criteria|desat\w*)?\s*\)?"
    r")\s*:?",
    re.IGNORECASE,
)
_MINUTES = lazy_re.compile(r"(\d+(?:\.\d+)?)\s*(?:min|minutes)\b", re.IGNORECASE)
#: A measure qualified this way is a sub-measure, not the overall value ("supine AHI 51").
QUALIFIED = lazy_re.compile(
    r"\b(supine|rem|nrem|non-supine|positional|lateral|baseline|goal|target)\W*$", re.IGNORECASE
)
#: A BMI named as another time's: "peak BMI 44", "max BMI 45", "highest BMI 41", "starting BMI
#: 40.2", "previous BMI 39" (brief s73-d, the class of blind wave 84's LK/bar-02). It is no
#: reading of the visit, nor one of a day the note gives: the note's own BMI, or the weight and
#: height it took, is. Not "pre-op BMI", which a bariatric work-up writes for today's.
EARLIER_BMI = lazy_re.compile(
    r"\b(?:peak|max(?:imum)?|highest|heaviest|lowest|previous|prior|prev\.?|former|starting|"
    r"initial|original|intake|entry)\W*$",
    re.IGNORECASE,
)
#: ... or named so after its value, where no date follows: "BMI was 36 at intake", "BMI 36 at
#: program start", "BMI 36.2 before the program", "BMI 37 pre-program" (brief s82-bmi, blind
#: wave 97's class: the note's weighing, not the intake's figure, is today's BMI). A date after
#: it ("at intake 2/2024") dates the reading instead (earlier_values, finding_dates).
EARLIER_BMI_AFTER = lazy_re.compile(
    r"\W{0,3}(?:(?:of|is|was|were|=)\s*)?\d{1,3}(?:\.\d+)?\s*(?:kg/m2|kg/m\u00b2)?\s*"
    r"(?:(?:at|on|before|prior\s+to)\s+(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:intake|baseline|enrol?lment|program\s+(?:start|entry|intake)|start\s+of\s+(?:the\s+)?"
    r"(?:program|diet|wt\s+mgmt|weight\s+management)|(?:first|initial)\s+(?:visit|consult\w*|"
    r"eval\w*)|(?:the\s+)?program)|pre-?program)\s*(?=[.;,)\n]|$)",
    re.IGNORECASE,
)
#: A BMI class, not a reading: the range a class code names ("Z68.36 Body mass index [BMI]
#: 36.0-36.9, adult", "class 2 obesity, BMI 35-39.9"). A problem list's class lags the chart
#: (brief s82-bmi); the weight and height the note took are the day's BMI.
BMI_CLASS_RANGE = lazy_re.compile(
    r"\W{0,3}(?:bmi\W{0,3})?\d{2}(?:\.\d)?\s*(?:-|\u2013|to)\s*\d{2}(?:\.\d)?(?![\d.])",
    re.IGNORECASE,
)
#: CMS's RDI counts apneas and hypopneas only; one "driven by RERAs" is another measure (L33718).
WITH_RERAS = lazy_re.compile(r"\brera", re.IGNORECASE)


def measure_value(
    text: str, end: int, limit: int, start: int | None = None, bound_read: bool = False
) -> float | None:
    """The number written right after a measure's name ("AHI 32.4/hr", "SpO2: 86%").

    "SpO2 <=88%" is a threshold, not a reading: it counts only with the time spent there that
    qualifies (at least 5 minutes, as nocturnal oximetry criteria ask), "SpO2 <88% for 42 min".
    With ``bound_read`` (:data:`BOUND_IS_READING`) a bound is the reading: "relief <50%" is 49.
    """
    window = _RULE.sub("", text[end : min(limit, end + 60)], count=1)
    told = _BOUND_AFTER.match(window) if bound_read else None
    if told is not None:
        return relief_percent(as_number(told.group(2)), window[: told.start(2)])
    threshold = _COMPARATOR.match(window)
    if threshold is not None:
        minutes = _MINUTES.search(window)
        if minutes and float(minutes.group(1)) >= 5:
            return float(threshold.group(1))
        return None
    match = _read_value(window)
    if match and not (bound_read and _HELD_TIME.match(window, match.end())):
        return float(match.group(1))
    below = value_line_below(text, end, limit)
    if below is not None:  # "BMI<br>37.2": the label's line, then its value's
        return below
    spelled = _SPELLED_AFTER.match(window)
    if spelled:  # "relief of about sixty percent"
        return as_number(spelled.group(1))
    remark = _REMARK.match(window)
    if remark:
        match = _read_value(window[remark.end() :])
        if match and not _TIME_AFTER.match(window, remark.end() + match.end()):
            return float(match.group(1))
    # A table cell gives the value first: "85% (nadir @ 2:40)".
    if start is None:
        return None
    window = text[max(0, start - 30) : start]
    before = _VALUE_BEFORE.search(window)
    # A bound before it: "<50% relief" is under 50, not 50 (brief s72-g); a relief's range at
    # its lower end: "70-80% relief" is 70 (brief s73-b).
    if before is None:
        return None
    read = relief_percent if bound_read else bounded
    return read(as_number(before.group(1)), window[: before.start(1)])


#: A label alone on its line, its value alone on the next: an HTML note's "BMI<br>37.2" or
#: "BMI:<br>37.2 kg/m2", a two-column table exported one cell a line (blind wave 85,
#: LN/bariatric-03's class). Only a bare number (with a unit or per cent) fills the next line: a
#: sentence there ("BMI\n35 or more qualifies") is no value.
_LABEL_ENDS = lazy_re.compile(r"[ \t:=|]*$")
_VALUE_LINE = lazy_re.compile(
    r"[ \t|]*\r?\n[ \t|]*(\d{1,3}(?:\.\d+)?)[ \t]*"
    r"(?:%|kg/m2|kg/m\u00b2|kg/m\^2|/hr?|/h|mmhg)?[ \t|]*(?:\r?\n|$)",
    re.IGNORECASE,
)


def value_line_below(text: str, end: int, limit: int) -> float | None:
    """The value on the line under a measure's name that ends its own line (``end`` its name's
    end, ``limit`` its statement's end), or None."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if limit < line_end or not _LABEL_ENDS.fullmatch(text, end, line_end):
        return None
    below = _VALUE_LINE.match(text, line_end)
    return float(below.group(1)) if below else None


#: An arrow to a later value: "BMI 36.1 -> 34.9-35.2", "SpO2 95->86%".
_CHANGE = lazy_re.compile(r"\s*%?\s*(?:-{1,2}>|=>|\u2192|\u27f6)\s*\d")


def starts_change(text: str, end: int) -> bool:
    """The measure's value at ``end`` (its name's end) is where a change started: an arrow leads
    from it to a later value ("lost 9 lb (BMI 36.1 -> 34.9)"). The statement's dates are the
    change's, not that first value's."""
    window = _RULE.sub("", text[end : end + 60], count=1)
    match = _read_value(window)
    return bool(match and _CHANGE.match(window, match.end()))


#: How long ago the value was taken, said right after it and before any other number: "BMI 41
#: recorded at an outside clinic ~18 months ago" (phrasing grid s44, BAR-001: dated by its note,
#: an 18-month-old BMI met a 12-month window). "BMI 45, up from 40 two years ago" is not matched:
#: another value stands between.
#: Days too ("AHI 22 on a study 40 days ago", s48-a), up to three digits ("120 days ago").
_AGO = lazy_re.compile(
    r"[^.;\n\d]{0,50}?(\d{1,3})\s*(months?|mos?|years?|yrs?|weeks?|wks?|days?)\.?\s+ago\b",
    re.IGNORECASE,
)
_UNIT_DAYS = {"m": 30, "y": 365, "w": 7, "d": 1}


def said_ago(text: str, end: int) -> int | None:
    """Days before its note that the value after the measure's name at ``end`` was taken, when
    its own clause says so ("BMI 41 at an outside clinic ~18 months ago"), else None."""
    window = _RULE.sub("", text[end : end + 120], count=1)
    match = _read_value(window)
    ago = _AGO.match(window, match.end()) if match else None
    if ago is None:
        return None
    return int(ago.group(1)) * _UNIT_DAYS[ago.group(2)[0].lower()]
