"""A time of use that belongs to something other than the oxygen (brief s73-g).

The home-oxygen prescription's usage (treatment-plan|oxygen-use, targets.yaml) is read from the
words that say when oxygen is worn: "qhs", "at night", "nocturnal", "with exertion", "at rest".
Notes write the same words for when a symptom comes or another device is worn, and the plan area
holds both: "Home O2 2 L/min NC. Cont CPAP qhs.", "CHF - orthopnea 2 pillows qhs", "Dyspnea with
exertion.", "Nocturnal cough." were read as the oxygen's frequency, so OXY-004 (flow rate and
frequency, LCD L33797's order) was called met on a prescription that names no frequency of the
oxygen's: a request called ready that a reviewer would return.

As for a drug's bedtime dose (night_doses.py), the item the time closes says whose time it is:
from the last comma, semicolon, colon, parenthesis, dash or sentence end up to the time word.
- It names the oxygen (the gas, its flow or delivery): the oxygen's time, whatever else it names
  ("O2 2 L for SOB with exertion", "uses O2 with CPAP at hs").
- It names a PAP device and the statement names no oxygen nor a delivery through the PAP: the
  PAP's own schedule ("Cont CPAP qhs"; not "uses with CPAP at night").
- It names a symptom or a finding: when the symptom comes ("SOB at rest", "desats at night").
- "nocturnal" / "exertional" before a symptom, finding or test: the symptom's kind
  ("nocturnal cough", "exertional desaturation", "nocturnal oximetry").
A usage field ("Frequency: qhs"), a bare use ("Use at night and with exertion") or the time after
the oxygen's own list item ("Home O2 2 LPM, qhs") stays the prescription's usage.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_start
from .night_doses import OXYGEN_USE, drug_schedule

#: Where the item before the time word begins (night_doses' item, with a dash set off by spaces).
_ITEM_START = lazy_re.compile(r"[,;:(\n]|\.(?=\s)|\s[-\u2013]\s")

#: The oxygen itself: the gas (not its saturation, "O2 sat 86%"), its flow and its delivery.
_OXYGEN = lazy_re.compile(
    r"\b(?:o2|oxygen)\b(?!\s*sat)|\b(?:nc|n/c|cannula|concentrator|lpm|l/min|liters?|litres?|"
    r"bleed|bled|bleed-in)\b|\b\d(?:\.\d)?\s*l\b",
    re.IGNORECASE,
)

#: A positive airway pressure device or a ventilator: worn at night for its own reason.
_PAP = lazy_re.compile(
    r"\b(?:c|bi|a|auto-?)?-?pap\b|\bbi-?level\b|\bnippv\b|\bniv\b|\bventilator\b|\bvent\b",
    re.IGNORECASE,
)

#: Oxygen given through the PAP ("uses with CPAP at night" after "O2 2 L bled in"): the item
#: names the delivery, the oxygen named a sentence before.
_THROUGH_PAP = lazy_re.compile(
    r"\b(?:with|w/|via|into|through|thru)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:c|bi|a|auto-?)?-?pap\b",
    re.IGNORECASE,
)

#: A symptom, a finding or a test: when it comes or how it was measured, not when oxygen is used.
_SYMPTOM = lazy_re.compile(
    r"\b(?:dyspn\w*|doe|sob|short(?:ness)?\s+of\s+breath|breathless\w*|winded|orthopn\w*|pnd|"
    r"pillows?|cough\w*|wheez\w*|chest\s+(?:pain|tightness|pressure|discomfort)|angina|"
    r"fatigue\w*|tired\w*|desat\w*|hypox\w*|sats?|saturations?|spo2|drops?|dropped|dropping|"
    r"cyanos\w*|wakes?|waking|awak\w*|woke|sleeps|snor\w*|apneas?|gasp\w*|chok\w*|insomnia|"
    r"cramps?|nocturia|urinat\w*|swell\w*|swollen|edema|pains?|painful|aches?|palpitations?|"
    r"sweats?|confus\w*|headaches?|dizz\w*|lightheaded\w*|syncop\w*|tachy\w*|heart\s+rate|"
    r"symptoms?|sx|claudication|restless\w*|oximetry|polysomnogra\w*|psg)\b",
    re.IGNORECASE,
)

#: The time words that stand before what they qualify ("nocturnal cough", "exertional SOB").
_ADJECTIVE = lazy_re.compile(r"^(?:nocturnal|exertional)$", re.IGNORECASE)

#: The words after such an adjective that it qualifies (up to three).
_NEXT_WORDS = lazy_re.compile(r"^\s*((?:[\w/'-]+\s*){1,3})")


def _item_before(statement: str, start: int) -> str:
    """The list item, field or clause that the word at ``statement[start]`` closes."""
    return statement[clause_start(statement, start, _ITEM_START) : start]


def time_of_another(label: str, statement: str, start: int, end: int) -> bool:
    """Whether the oxygen-use words at ``statement[start:end]`` give another thing's time: a
    drug's dose (night_doses), a PAP device's schedule, or when a symptom or finding comes. Other
    labels are never so."""
    if label != OXYGEN_USE:
        return False
    if drug_schedule(label, statement, start, end):
        return True
    item = _item_before(statement, start)
    if _OXYGEN.search(item):
        return False  # "O2 2 L qhs", "O2 2 L for SOB with exertion": the oxygen's own time
    if _PAP.search(item) and not _OXYGEN.search(statement) and not _THROUGH_PAP.search(item):
        return True  # "Cont CPAP qhs": the PAP's nightly use, no oxygen bled into it
    if _SYMPTOM.search(item):
        return True  # "orthopnea 2 pillows qhs", "SOB at rest": when the symptom comes
    if _ADJECTIVE.match(statement[start:end].strip()):
        after = _NEXT_WORDS.match(statement[end:])
        return bool(after and _SYMPTOM.search(after.group(1)))  # "nocturnal cough"
    return False
