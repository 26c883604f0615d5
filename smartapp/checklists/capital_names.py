"""Names written in capitals match only in capitals, in the record's own words.

A discipline's abbreviation is its name only in capitals: "PT 2x/wk x 6 wks" is physical
therapy, "Pt tolerated" the patient; "SN 3w8" skilled nursing. A criterion's name written in
capitals ("PT", "SN", "HH POC") is therefore matched case-sensitively, in a text read as written:
record texts are lower-cased for matching other names, and there the capitals are lost (blind
wave 69, JB/homehealth-02, plan_services.py; brief s67-d: a therapy CarePlan named only "PT"
was no plan of care). "PT/INR" and "PT INR" are the prothrombin time a nurse draws.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``names`` as whole words: those written in capitals only in capitals, the others
    in any case."""
    parts = []
    for name in sorted(names, key=len, reverse=True):
        word = re.escape(name)
        parts.append(word if name.isupper() else f"(?i:{word})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])(?!\s*[/-]?\s*INR\b)")


def in_capitals(names: tuple[str, ...]) -> tuple[str, ...]:
    """The ``names`` written in capitals."""
    return tuple(name for name in names if name.isupper())
