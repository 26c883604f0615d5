"""How long a drug was taken, written straight after its name as terse history lines write it:
"PT 10 wks 2025, meloxicam 1 yr, inj x2 (2025)" (blind wave 43, FF/tha-03; the reviewer:
"meloxicam 1 yr"). durations.py reads weeks straight after a therapy's name ("PT 4 wks"); a
drug's time is read the same way, but only after a drug's own name (targets.yaml's words for the
systemic drugs of conservative care) and only closing its clause: "naproxen 6 wks;", not
"ibuprofen 2 wks ago" (the "ago" form reads it as a time) or "meloxicam 15 mg". A time the next
words say the drug was then stopped after is its length too: "Ibuprofen 2 wks then stopped." is a
two-week course, ended (blind wave 101, NW/lmri-03: read as ibuprofen of the note's day, it
stretched the "ibuprofen x2 wks" of a visit eight weeks before to a 70-day episode).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import lazy_re
from .pipeline import load_targets

#: The targets' concepts whose words name a drug taken by mouth.
_DRUG_CONCEPTS = ("nsaid", "analgesic", "muscle-relaxant", "oral-steroid")
_UNIT = r"(?:days?|d|weeks?|wks?|wk|w|months?|mos?|mths?|mo|years?|yrs?|yr)(?![a-z])"
#: A word, then a number and its unit that close the clause or are said stopped after.
_AFTER_WORD = lazy_re.compile(
    rf"\b([a-z][a-z-]{{3,}})\s+((\d{{1,2}})[\s-]*(?:\+\s*)?({_UNIT}))(?=\s*(?:[,;)]|\.(?!\d)|$"
    r"|,?\s*(?:then|and)\s+(?:stopped|quit|d/?c'?d|discontinued)\b))",
    re.IGNORECASE,
)


@cache
def drug_names() -> frozenset[str]:
    care = load_targets().get("conservative-treatment", {})
    return frozenset(
        phrase.lower()
        for concept in _DRUG_CONCEPTS
        for phrase in care.get(concept, ())
        if isinstance(phrase, str) and " " not in phrase
    )


def drug_times(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(start, end, number, unit) of each time written straight after a drug's name."""
    for match in _AFTER_WORD.finditer(text):
        if match.group(1).lower() in drug_names():
            yield match.start(2), match.end(2), int(match.group(3)), match.group(4)
