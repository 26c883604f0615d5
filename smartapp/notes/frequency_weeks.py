"""How long a course a visit-frequency shorthand after a therapy's name gives.

Therapy and home-health orders write how often and for how long as two numbers: "PT 2w6" (twice
a week for six weeks), "PT 3x4" (three times a week for four weeks), "SN 1w2, 2w4" (once a week
for two weeks, then twice a week for four). The weeks are the second number, so "PT 2w6" is 42
days of care, as "2x/wk x 6 wk" reads (durations._SPAN): read as "2 w(eeks)" it was 14 days, and
a six-week course fell short of a six-week criterion (brief s90-noticed1, item 2).

Only right after a therapy's name ("PT", "OT", "SN", "physio", "therapy", "chiro", "HEP"), where
the shorthand means a frequency; never a size ("3x4 cm") or a count with a unit other than weeks
("3x4 visits" is no course of weeks).
"""

from __future__ import annotations

import re

from .. import lazy_re

#: One frequency: times a week, "w" or "x", then weeks: "2w6", "3x4", "2 x 6".
_ONE = r"[1-7]\s*[wx]\s*(\d{1,2})"
#: Not a size, a decimal or a count with a unit of its own after it ("3x4 cm", "2x6.5", "3x4
#: visits"), nor a slash rate ("3x/wk").
NOT_A_UNIT = (
    r"(?![\w/%]|\.\d|\s*(?:cm|mm|in|inch(?:es)?|ft|mg|ml|visits?|sessions?|tx|treatments?|d|"
    r"days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\b)"
)
#: The shorthand alone, for the readers of an order's words (planned_therapy.py).
SHORTHAND = r"[1-7]\s*[wx]\s*\d{1,2}" + NOT_A_UNIT
#: The shorthand right after a therapy's name, and any further frequencies joined to it by a
#: comma or "then" ("PT 1w2, 2w4"); the weeks may keep their unit ("PT 2x6 wks").
_FREQUENCIES = lazy_re.compile(
    r"\b(?:(?-i:PT|OT|SN|ST|SLP)|HEP|physio|therapy|chiro(?:practic)?)\s*:?\s+"
    rf"({_ONE}(?:\s*(?:,|then|,\s*then)\s*{_ONE})*)(?:\s*(?:wks?|weeks?)\b)?{NOT_A_UNIT}",
    re.IGNORECASE,
)
#: Each frequency's weeks in the joined run.
_WEEKS = lazy_re.compile(_ONE, re.IGNORECASE)


def frequency_courses(text: str) -> list[tuple[int, int, int]]:
    """Each visit-frequency shorthand after a therapy's name in ``text``, as (start, end,
    days): the weeks of its frequencies added up ("PT 2w6" 42 days, "SN 1w2, 2w4" 42)."""
    found = []
    for match in _FREQUENCIES.finditer(text):
        weeks = sum(int(m.group(1)) for m in _WEEKS.finditer(match.group(1)))
        if weeks:
            found.append((match.start(1), match.end(1), 7 * weeks))
    return found
