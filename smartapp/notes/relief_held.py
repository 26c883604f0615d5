"""How long an injection's relief held, told apart from how long a symptom has lasted (split
from :mod:`.durations`, which finds the durations; this reads what one of them measures)."""

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
