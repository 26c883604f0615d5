"""A height and a weight written in a note, in kilograms and metres: "Wt 118 kg, Ht 169 cm",
"Ht 5'4\\" Wt 217 lb", "Height: 1.69 m", "118 kg, 169 cm", "5'4\\", 217 lb", "weighs 260 lbs".

A BMI is weight / height² of one weighing (``smartapp.checklists.computed_bmi``); a note that
gives both but no BMI still shows it (blind wave 24, CG/bar-03: "Wt 118 kg, Ht 169 cm." is a BMI
of 41.3). Only a labelled reading ("Wt", "Height", "weighs"), or a weight and a height written
side by side with their units, counts: "lifts 50 lb", "lost 15 lb" and a "5 cm" incision are no
body size. A weight that is not today's is left out: a goal, ideal, maximum, previous or birth
weight ("goal wt 90 kg", "max weight 140 kg"), one said to be from before ("Wt 130 kg 1 yr ago",
"weight in 2024: 130 kg"). A reading whose line gives its own date carries that date
(``Reading.day``), up to the end of the reading's sentence: a history told after it dates
itself, not the weighing; two different dates there leave its readings undated (``UNCLEAR``),
unless the reading's own sentence calls it today's or opens under a vitals label and dates nothing
("Today Ht 5'5\", Wt 262 lb.", "Vitals: Ht 5'6\", Wt 217 lb." after a history of dated diets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from .. import lazy_re
from .clause_spans import clause_around
from .earlier_values import comparison_date
from .written_dates import find_dates

#: A line that dates its readings in two different ways: they cannot be told apart.
UNCLEAR = date.min
#: Kilograms and metres in one of each unit (the pound, foot and inch exactly, by their
#: international definitions): a note's "217 lb" and 5'4" here, an Observation's units in
#: smartapp.checklists.computed_bmi, which adds the UCUM codes vendors send for them.
TO_KG = {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523}
TO_M = {"m": 1.0, "cm": 0.01, "mm": 0.001, "in": 0.0254, "ft": 0.3048}

_KG = r"(?P<w>\d{2,3}(?:\.\d+)?)\s*(?P<wu>kgs?\b|kilograms?\b|lbs?\b\.?|pounds?\b|#)"
_HEIGHT = (
    r"(?:(?P<ft>[4-7])\s*(?:'|’|ft\.?|feet|foot)\s*(?:(?P<inch>\d{1,2}(?:\.\d+)?)\s*"
    r"(?:\"|”|''|in\b\.?|inches\b)?)?"
    r"|(?P<cm>1\d{2}(?:\.\d+)?)\s*cm\b|(?P<m>[12]\.\d{1,2})\s*m\b(?!\s*/)"
    r"|(?P<ins>[4-8]\d(?:\.\d+)?)\s*(?:in\b\.?|inches\b|\"|”))"
)
_SEP = r"\s*[:=\-|]?\s*(?:(?:is|of|was|today|now|measured)\s*[:=]?\s*){0,2}"
_WEIGHT = lazy_re.compile(
    rf"\b(?:body\s+weight|weight|weighs|weighed|wt)\b\.?{_SEP}{_KG}", re.IGNORECASE
)
_TALL = (
    re.compile(rf"\b(?:height|hgt|ht)\b\.?{_SEP}{_HEIGHT}", re.IGNORECASE),
    re.compile(rf"(?<![\w.]){_HEIGHT}\s*tall\b", re.IGNORECASE),
)
#: A weight and a height side by side with their units and no label: "118 kg, 169 cm".
_H = _HEIGHT.replace("?P<", "?P<h_")
_AND = r"\s*(?:,|/|;|and|&|\|)?\s*"
_PAIRS = (
    re.compile(rf"(?<![\w.]){_KG}{_AND}{_H}", re.IGNORECASE),
    re.compile(rf"(?<![\w.]){_H}{_AND}{_KG}", re.IGNORECASE),
)
#: A weight that is not the one taken now: "goal wt", "max weight", "pre-pregnancy weight".
_NOT_NOW_BEFORE = lazy_re.compile(
    r"\b(?:goal|target|ideal|desired|dream|max(?:imum)?|peak|highest|heaviest|lowest|previous|"
    r"prior|usual|starting|initial|start|birth|excess|dry|old|last|pre-?[a-z]+|ibw|abw)"
    r"\s*(?:body\s+)?$",
    re.IGNORECASE,
)
_NOT_NOW_AFTER = lazy_re.compile(
    r"[^.;\n]{0,25}?\b(?:ago|previously|prior|last\s+(?:year|yr|month|visit)|in\s+(?:19|20)\d\d|"
    r"(?:19|20)\d\d\)|at\s+(?:age|birth))\b",
    re.IGNORECASE,
)
#: Another value between a reading and such a time, a number that counts no time: the time is
#: that value's. "Wt 260 lb (was 280 lb in 2024)", "Wt 260 lb, Ht 5'8\" (peak BMI 44 in 2023)"
#: weigh her today (brief s73-d); "Wt 130 kg 1 yr ago", "Wt 130 kg 18 months ago" do not.
_OTHER_VALUE = lazy_re.compile(
    r"(?<![\d.'\u2019])\d{2,3}(?:\.\d+)?\b"
    r"(?!\s*(?:months?|mos?|years?|yrs?|weeks?|wks?|days?)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reading:
    """One weight (kg) or height (m) written in a text, with where it stands and its line."""

    what: str
    value: float
    start: int
    end: int
    line: int
    #: The date its line gives, else the note's (``UNCLEAR``: two dates on its line).
    day: date | None = None


def _kilograms(number: str, unit: str) -> float:
    value = float(number)
    return value if unit.lower().startswith("k") else value * TO_KG["lb"]


def _metres(match: re.Match[str], prefix: str = "") -> float | None:
    group = match.groupdict()
    if group.get(f"{prefix}ft"):
        inches = float(group.get(f"{prefix}inch") or 0)
        return float(group[f"{prefix}ft"]) * TO_M["ft"] + inches * TO_M["in"]
    if group.get(f"{prefix}cm"):
        return float(group[f"{prefix}cm"]) / 100
    if group.get(f"{prefix}m"):
        return float(group[f"{prefix}m"])
    if group.get(f"{prefix}ins"):
        return float(group[f"{prefix}ins"]) * TO_M["in"]
    return None


def written(what: str, text: str) -> float | None:
    """A whole value that is one weight (kg) or height (m) with its unit: an Observation's
    ``valueString`` some vendors send instead of a quantity ("5' 5\\"", "262 lb")."""
    pattern = _KG if what == "weight" else _HEIGHT
    match = re.fullmatch(rf"\s*(?:{pattern})\s*", text, re.IGNORECASE)
    if match is None:
        return None
    value = _kilograms(match["w"], match["wu"]) if what == "weight" else _metres(match)
    return value if value is not None and _plausible(what, value) else None


def _now(text: str, start: int, end: int) -> bool:
    """The weight at [start, end) is not qualified as a goal, a past or another weight."""
    line_start = text.rfind("\n", 0, start) + 1
    if _NOT_NOW_BEFORE.search(text[max(line_start, start - 30) : start]):
        return False
    # A unit's full stop ends its sentence: "Wt 260 lb. Max weight 300 lb in 2020."
    end -= text[end - 1 : end] == "."
    after = _NOT_NOW_AFTER.match(text, end)
    return not after or bool(_OTHER_VALUE.search(text, end, after.end()))


#: A sentence that gives its readings as the visit's own: "Today Ht 5'5\", Wt 262 lb."
_TODAY = lazy_re.compile(r"\b(?:today|this visit|at this visit|in clinic today)\b", re.IGNORECASE)
#: A sentence that opens under a vitals label gives the visit's own readings: "Vitals: Ht 5'6\",
#: Wt 217 lb.", "VS: Wt 98 kg", "O: Vital signs - ...". Anchored at the sentence's start, so
#: "Previous vitals:" or "Prior VS:" (another visit's) is no such label.
_VITALS = lazy_re.compile(
    r"\s*(?:(?:o|objective|exam|pe)\s*:\s*)?(?:vitals?|vital\s+signs|vs)\b"
    r"(?:\s+(?:today|reviewed|taken|obtained|in\s+clinic))?\s*[:\-]",
    re.IGNORECASE,
)
#: Where the reading's sentence begins: a full stop or semicolon and a space, or a line break.
_SENTENCE_END = lazy_re.compile(r"[.;]\s|\n")


def _today(text: str, start: int, note_date: date | None) -> bool:
    """The reading at ``start`` stands in a sentence that calls it today's, or opens under a
    vitals label, and dates nothing else: the years of a history earlier on its line ("Weight
    Watchers 2019, 2022 ... Today Ht 5'5\", Wt 262 lb.": blind wave 46, FQ/bariatric-01; "OSA
    on CPAP since 2021, here for RYGB eval. Vitals: Ht 5'6\", Wt 217 lb.": blind wave 75,
    JY/bar-02) are not its day."""
    begin, stop = clause_around(text, start, start, _SENTENCE_END)
    sentence = text[begin:stop]
    told = _TODAY.search(text, begin, start) or _VITALS.match(text, begin, start)
    return bool(told) and not find_dates(sentence, note_date)


def _plausible(what: str, value: float) -> bool:
    return 20 <= value <= 350 if what == "weight" else 1.0 <= value <= 2.5


def _dating(text: str, reading: Reading) -> str:
    """The part of the reading's line whose dates may be its own: up to the end of its sentence.
    A later sentence's dates are what that sentence tells ("Wt 231 lb, Ht 5'6\". Completed 6
    monthly visits w/ PCP and RD (11/2025-4/2026)": blind wave 62, HZ/bar-03), not the day of
    the weighing before it. From the reading's last character on: a unit's own full stop
    ("231 lb.") may end the sentence, a label's ("Wt. 104.8 kg") may not."""
    begin = text.rfind("\n", 0, reading.start) + 1
    stop = _SENTENCE_END.search(text, max(reading.start, reading.end - 1))
    return text[begin : stop.start() + 1 if stop else len(text)]


def _own_dates(text: str, reading: Reading, note_date: date | None) -> set[date]:
    """The days the reading's sentence (:func:`_dating`) gives it: not an earlier value's, told
    beside it ("5'6\", 216 lb (down from 225 in March '25 when BMI was 36.1)" weighs him at the
    visit: blind wave 84, LK/bar-02; "Wt 260 lb, Ht 5'8\" (peak BMI 44 in 2023)"), unless the
    reading is one of that earlier value's own words."""
    begin = text.rfind("\n", 0, reading.start) + 1
    part = _dating(text, reading)
    return {
        mention.when for mention in find_dates(part, note_date)
        if not comparison_date(part, mention.start, reading.start - begin, reading=True)
    }  # fmt: skip


def readings(text: str, note_date: date | None) -> list[Reading]:
    """Every weight and height written as today's in ``text``, a note of ``note_date``."""
    found: dict[tuple[str, int], Reading] = {}

    def add(what: str, value: float | None, start: int, end: int) -> None:
        if value is not None and _plausible(what, value) and _now(text, start, end):
            line = text.count("\n", 0, start)
            found.setdefault((what, start), Reading(what, round(value, 3), start, end, line))

    for match in _WEIGHT.finditer(text):
        add("weight", _kilograms(match["w"], match["wu"]), match.start(), match.end())
    for match in (found for pattern in _TALL for found in pattern.finditer(text)):
        add("height", _metres(match), match.start(), match.end())
    for match in (found for pattern in _PAIRS for found in pattern.finditer(text)):
        add("weight", _kilograms(match["w"], match["wu"]), match.start("w"), match.end("wu"))
        add("height", _metres(match, "h_"), match.start(), match.end())
    out = []
    for reading in sorted(found.values(), key=lambda r: r.start):
        days = _own_dates(text, reading, note_date)
        day = note_date if not days else days.pop() if len(days) == 1 else UNCLEAR
        if day != note_date and _today(text, reading.start, note_date):
            day = note_date
        out.append(replace(reading, day=day))
    return out
