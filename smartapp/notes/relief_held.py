"""How long an injection's relief held, told apart from how long a symptom has lasted (split
from :mod:`.durations`, which finds the durations; this reads what one of them measures), and
the day it ended told apart from the day of the care that gave it (:func:`relief_end`)."""

from __future__ import annotations

import re

from .. import lazy_re
from .durations import WORE_OFF, Duration

#: How long an injection's relief held, not how long a symptom has: "approx 70 percent relief
#: starting 2-3 days after, lasted about 5 weeks" (blind wave 22, CA/inj-03 and AI/spine-05):
#: a duration led by "lasted" after a relief word in its sentence, no symptom named between
#: ("no relief with naproxen, pain lasting 3 months" is the pain's).
_HELD = lazy_re.compile(rf"(?:lasted|lasting|lasts|{WORE_OFF})\b", re.IGNORECASE)
#: "~50% better but wore off after ~3 wks" is a relief told as the part better (brief s68-e: a
#: symptom's "since spring" before it was otherwise the relief's time, DK/spinal-injections-03).
_RELIEF_BEFORE = lazy_re.compile(
    r"\b(?:relief|improvement|improved|benefit|response|helped|better)\b([^.;]{0,60})$",
    re.IGNORECASE,
)


def relief_held(text: str, duration: Duration, symptom: re.Pattern[str]) -> bool:
    """Whether ``duration`` in ``text`` is how long a relief lasted (see ``_HELD``)."""
    if not _HELD.match(text, duration.start):
        return False
    relief = _RELIEF_BEFORE.search(text[: duration.start])
    return bool(relief) and not symptom.search(relief.group(1))


#: What a relief's end day follows: "relief lasting until Nov 2025", "helped till 11/2025", "60%
#: better through Oct 2025", "wore off by Nov 2025", "pain came back in Oct 2025" (the words
#: checklists/relief_lasting.py reads the relief's length by).
_ENDED_BY = lazy_re.compile(
    r"(?:\b(?:lasted|lasting|lasts|held|relief|better|improvement|improved|helped|benefit)\s+"
    r"(?:only\s+|just\s+)?(?:until|till|til|thru|through)"
    rf"|(?:{WORE_OFF}|\b(?:pain|sx|symptoms?)\s+(?:returned|came\s+(?:right\s+)?back|recurred))"
    r"\s+(?:until|till|til|through|around|by|in|at|over|before|near))\s+"
    r"(?:about\s+|around\s+|approx(?:imately|\.)?\s+|roughly\s+|~\s*)?(?:the\s+)?"
    r"(?:(?:end|beginning|start|middle|early|mid|late)(?:\s+of)?[\s-]+)?$",
    re.IGNORECASE,
)


def relief_end(text: str, start: int) -> bool:
    """Whether the date at ``start`` of ``text`` is the day a relief ended, not a day of care:
    "Hyalgan series L knee, relief lasting until Nov 2025 (completed 3/2025)" was given in
    March (the class of blind wave 71, JI/hyaluronan-02)."""
    return bool(_ENDED_BY.search(text[max(0, start - 60) : start]))
