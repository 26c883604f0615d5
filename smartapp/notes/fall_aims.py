"""A fall to be prevented is no fall the patient had (blind wave 72, JM/dme-walker-02).

A walker order's "Family request - fall prevention." for a patient with a steady gait, a 10-second
TUG and no falls was read as the walking limitation NCD 280.3 asks for: a gap called met. What
a device or a class is for ("fall prevention", "falls-prevention class", "to prevent falls",
"to avoid falling") names the aim, not a fall: the word is read as an aim when "prevention"
follows it or a verb of preventing leads it. Falls the patient had stay a limit whatever the
same statement aims at ("2 falls since May despite fall prevention measures": the "2 falls" is
its own target). Both target kinds read it: the spaCy phrase "falls" (flag_corrections.py) and
the regex "fall" / "falling" (pattern_flag_corrections.py).
"""

from __future__ import annotations

import re

from .. import lazy_re

_LABEL = "functional-deficits|walking-limitation"
#: The target is the fall word alone, not "fall risk" or "near falls" (read as they are).
_FALL_WORD = lazy_re.compile(r"falls?|falling", re.IGNORECASE)
#: "fall prevention", "falls-prevention", "fall - prevention".
_AIM_AFTER = lazy_re.compile(r"\s*[-–]?\s*prevention\b", re.IGNORECASE)
#: "to prevent falls", "help prevent further falls", "avoid falling", "reduce future falls".
_AIM_BEFORE = lazy_re.compile(
    r"\b(?:prevent|preventing|prevention\s+of|avoid|avoiding|reduce|reducing)\s+"
    r"(?:(?:further|future|more|any|recurrent|repeat)\s+)?$",
    re.IGNORECASE,
)


def fall_prevented(label: str, text: str, start: int, end: int) -> bool:
    """Whether the walking-limitation target at [start, end) of ``text`` is a fall named as
    what care aims to prevent, not one had."""
    if label != _LABEL or not _FALL_WORD.fullmatch(text[start:end]):
        return False
    return bool(_AIM_AFTER.match(text, end) or _AIM_BEFORE.search(text[max(0, start - 40) : start]))
