"""A position the patient likes or a carer finds handy, not one a condition needs.

NCD 280.7 and LCD L33820 cover a hospital bed for positioning an ordinary bed cannot give: the
head raised 30 degrees or more for heart failure, COPD or aspiration, pillows and wedges tried,
positioning for pain or contractures. A position written as a liking ("prefers to sleep propped
up", "likes to sleep in his recliner", "sleeps in recliner because he likes TV"), as a feature to
use at will ("HOB elevation as needed", "for comfort") or as a carer's convenience ("head raised
for the daughter's convenience", "for ease of care") is no such need (blind wave 95,
NB/hospital-bed-03's near misses: the daughter asks for the total-electric bed so she need not
crank its height).

Both target kinds read it: the spaCy phrases ("sleeps in recliner", "head of bed elevated") in
flag_corrections.py and the regexes ("HOB 30 degrees", "needs to be propped up") in
pattern_flag_corrections.py; the finding is then hypothetical, as a plan not yet done is.
"""

from __future__ import annotations

import re

from .. import lazy_re
from . import not_evidence

POSITIONING = "functional-deficits|positioning-need"

#: A liking just before the position ("prefers to sleep propped up", "likes sleeping in the
#: recliner", "would rather sleep with the head raised"); only the verb of sleeping, lying or
#: keeping may stand between, so "wants to sleep flat but can't lie flat" keeps its inability.
_LIKED_BEFORE = lazy_re.compile(
    r"\b(?:prefers?|preferred|preferring|likes?|liked|enjoys?|enjoyed|chooses?|chose|"
    r"would\s+rather|by\s+choice)\s+(?:to\s+)?"
    r"(?:(?:sleep|sleeping|lie|lying|lay|laying|rest|resting|be|being|stay|staying|keep|"
    r"keeping|have|having)\s+(?:(?:with|w/)\s+)?)?(?:(?:his|her|their|the)\s+)?$",
    re.IGNORECASE,
)
#: A carer's or the household's convenience given as the reason after the position ("HOB
#: elevated for caregiver convenience", "raised for ease of care", "for the wife's comfort"), or
#: the ease the patient finds in it ('Sleeps in her recliner most nights because "it's easier to
#: get up"': blind wave 36, ED/hospbed-03, a getting up, no positioning); "because it's easier
#: to breathe" stays the need.
_CONVENIENCE_AFTER = lazy_re.compile(
    r"^[^.;]{0,40}?\bbecause\s+[\"\u201c]?(?:it'?s|it\s+is|that'?s|it\u2019s)\s+(?:much\s+)?"
    r"(?:easier|more\s+comfortable|comfier|cozier|(?:more\s+)?convenient)\b"
    r"(?!\s+(?:to|for)\s+(?:(?:her|him|his|them|pt)\s+)?(?:to\s+)?breath\w*)|"
    r"^[^.;]{0,40}?\b(?:for|because\s+of|due\s+to)\s+(?:(?:the|her|his|their)\s+)?"
    r"(?:(?:(?:caregiver|carer|family|wife|husband|spouse|daughter|son|partner|staff|aide)"
    r"(?:'s|s'|s)?\s+)?(?:convenience|ease\s+of\s+care)|"
    r"(?:caregiver|carer|family|wife|husband|spouse|daughter|son|partner|staff|aide)"
    r"(?:'s|s')?\s+(?:comfort|ease))\b",
    re.IGNORECASE,
)


def positioning_wished(label: str, text: str, start: int, end: int) -> bool:
    """Whether the positioning-need target at [start, end) of ``text`` (one statement) is a
    position liked, used at will or kept for a carer's convenience, not one a condition needs."""
    if label != POSITIONING:
        return False
    after = text[end:]
    return bool(
        not_evidence.AT_WILL.match(after)
        or not_evidence.PREFERRED.match(after)
        or _CONVENIENCE_AFTER.match(after)
        or _LIKED_BEFORE.search(text[max(0, start - 60) : start])
    )
