"""A narrative that says the cane or walker still serves in the home answers a ticked box no.

WHC-003 (NCD 280.3 B) asks why a cane or walker cannot resolve the mobility limitation. A
supplier's PA form ticks "[X] Cane/walker insufficient" as its template asks; the reviewer reads
the clinician's narrative over it (ticked_boxes.py). Blind wave 75, KB/dme-wheelchair-03: the
physiatry note's "Ambulates 150 ft with RW + CGA at home" and "Plan: lightweight manual
wheelchair; continue RW at home" beside the form's tick, the chair wanted for church and the
grocery store; the reviewer: "the checkbox 'walker insufficient' is contradicted by the
narrative".

A narrative statement says the device serves when it tells:

- a household distance walked with it: 100 ft or 30 m and more ("amb 200' w/ FWW", "walks
  150 ft with rollator at home"), the bound the walker rules of targets.yaml read a short walk
  under;
- a verdict that it does ("RW adequate in home", "rollator sufficient for household mobility");
- safe or independent walking with it at home ("safe with walker in the home", "mod I with
  rollator for household distances");
- its use kept on in the home ("continue RW at home", "continues rollator for household
  distances").

It does not when the same statement limits the walk or the device: a stop, a rest, a symptom, a
fall, a cap ("then must sit", "desats", "only in the bedroom", "for transfers", "short
distances"), or moderate or more help from a person ("mod A", "2-person"); when the walk
is past, a goal or a plan to come ("PLOF", "prior to the stroke",
"Goal: amb 150 ft with RW"); when it is denied ("not safe with walker"); or when it is another
person's ("wife walks 150 ft with her rollator"). The ticked box then stands, and so does any
statement of the narrative that the device fails (ticked_boxes.contradicted_ticks).
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clauses import stop_bounded_clause
from .walked_unaided import DENIED_LIMITS

#: The device: a cane or walker, as notes write and abbreviate it.
_DEVICE = (
    r"(?:(?:single[- ]point|quad|hemi|front[- ]wheeled|rolling|four[- ]wheeled|standard|"
    r"wheeled|2[- ]wheeled)\s*-?\s*)?(?:canes?|walkers?|rollators?|fww|4ww|rw|spc|qc)"
)
_ARTICLE = r"(?:(?:an?|her|his|the|their)\s+)?"
_WITH = r"(?:with|w/(?!o)|using|on)\s*"
#: A household distance: 100 ft or more, 30 m or more ("150 ft", "200'", "1,000 feet", "40 m").
_FAR = (
    r"(?<![\d.,])(?:[1-9]\d{2,}|\d{1,3},\d{3})\s*(?:ft|feet|')(?![a-z])"
    r"|(?<![\d.,])(?:[3-9]\d|[1-9]\d{2,})\s*(?:m|meters?|metres?)\b"
)
_WALKS = r"\b(?:ambulat\w*|amb|walk\w*|gait)\b"
_HOME = (
    r"(?:at\s+home|in\s+(?:the\s+|her\s+|his\s+)?(?:home|house|apartment|apt)|indoors|inside|"
    r"household(?:\s+(?:distances?|ambulation|mobility))?|in-?home|around\s+(?:the\s+)?"
    r"(?:home|house|apartment))"
)
_SERVES = lazy_re.compile(
    # a household distance walked with the device, either order
    rf"{_WALKS}[^.;\n]{{0,20}}?(?:{_FAR})\s*{_WITH}{_ARTICLE}{_DEVICE}\b"
    rf"|{_WALKS}\s*{_WITH}{_ARTICLE}{_DEVICE}\b\s*(?:x\s*|for\s+|about\s+|~\s*)?(?:{_FAR})"
    # a verdict that it does
    rf"|\b{_DEVICE}\s+(?:(?:is|remains|has\s+been|was)\s+)?(?:adequate|sufficient|appropriate|"
    r"effective|works\s+well|working\s+well|meets\s+(?:(?:his|her|their)\s+)?needs)\b"
    # safe or independent with it at home
    rf"|(?<!not\s)(?<!n't\s)\b(?:safe|independent|indep|mod(?:ified)?\.?\s*i)\b\s*"
    rf"(?:(?:and\s+\w+\s+)?{_WITH}{_ARTICLE}{_DEVICE}\b[^.;\n]{{0,25}}?\b{_HOME}"
    rf"|{_HOME}\s*{_WITH}{_ARTICLE}{_DEVICE}\b)"
    rf"|\bhousehold\s+ambulator\s+{_WITH}{_ARTICLE}{_DEVICE}\b"
    # its use kept on at home
    r"|\b(?:continue[sd]?|cont\.?|keeps?\s+using|will\s+keep\s+using)\s+(?:(?:to\s+)?use\s+)?"
    rf"{_ARTICLE}{_DEVICE}\b[^.;\n]{{0,25}}?\b{_HOME}",
    re.IGNORECASE,
)
#: What in the same statement limits the walk or the device, or makes it past, planned,
#: denied or another person's: the statement then says nothing of a device that serves.
_AGAINST = lazy_re.compile(
    r"\b(?:not|no|never|cannot|can'?t|unable|unsafe|unsteady|unstable|only|then|before|until|"
    r"till|must|sits?|sitting|sat|rests?|resting|stops?|stopped|stopping|desat\w*|sob|dyspn\w*|"
    r"short(?:ness)?\s+of\s+breath|winded|falls?|fell|fallen|near[- ]?falls?|lob|loss\s+of\s+"
    r"balance|pain\w*|fatigue\w*|tired|exhaust\w*|dizz\w*|buckl\w*|short|few|transfers?|"
    r"limit\w*|insufficient|inadequate|goals?|stgs?|ltgs?|expected|anticipate\w*|"
    # a walk another person carries ("mod A", "max assist", "2-person"): the device alone does
    # not serve; contact guard or min assist is how a walker is used (KB/dme-wheelchair-03).
    r"(?:mod(?:erate)?|max(?:imal)?|total|dependent)\.?\s*(?:a|assist\w*|asst)|"
    r"(?:2|two)[- ]?(?:person|people|pers)|"
    r"by\s+(?:wk|week|end|d/?c|discharge|\d)|in\s+\d+\s*(?:wks?|weeks?|days?|mos?|months?)|"
    r"(?:will|to)\s+(?:be\s+able\s+to\s+)?(?:ambulate|amb|walk)|"
    r"previously|prior|plof|baseline|used\s+to|was\s+able|"
    r"wife|husband|spouse|daughter|son|mother|father|caregiver|friend|roommate)\b",
    re.IGNORECASE,
)


def walker_serves(text: str) -> bool:
    """Whether some statement of ``text`` says the cane or walker serves in the home, with
    nothing in the statement that limits it (see the module docstring)."""
    for match in _SERVES.finditer(text):
        left, right = stop_bounded_clause(text, match.start(), match.end())
        statement = text[left:right]
        # "150 ft w/ RW, no LOB", "without rest": a limit denied is none (walked_unaided.py).
        if not _AGAINST.search(DENIED_LIMITS.sub(" ", statement)):
            return True
    return False


#: A form's field answered yes on its own line: "Cane/walker insufficient: Yes", "Cane or walker
#: insufficient? Y", "Walker/cane inadequate - yes". A supplier's form answers its questions
#: this way as often as by a ticked box, and the narrative outweighs it the same way (s71-f).
_ANSWERED_YES = lazy_re.compile(
    r"[^:?\n]{0,80}?\s*[:?\-\u2013]\s*(?:yes|y|true)\b[\s.]*(?:$|\n)", re.IGNORECASE
)


def answered_yes(text: str, start: int) -> bool:
    """Whether the target at ``start`` of ``text`` is a form field whose line answers it yes."""
    return bool(_ANSWERED_YES.match(text, text.rfind("\n", 0, start) + 1))


__all__ = ["answered_yes", "walker_serves"]
