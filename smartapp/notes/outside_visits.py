"""An "in person" tag on another place's visit or record is no visit with the orderer (brief s73-g).

The DME face-to-face items (OXY-002, BED-002, the wheelchair's, the CGM's) ask for a visit in
person with the ordering practitioner; a note of theirs that tags its visit "(in person)" counts
(face-to-face|in-person-visit, targets.yaml). A note that copies in another place's encounter
tags that one: "Outside ED record (in person)", "Outside hospital visit (in person)", "Outside
records reviewed (in person visit at Mercy ED 9/20)" say the patient was seen in person there,
by the ED or the hospital, and the orderer's visit is still to be shown. Read as the orderer's
visit, they called the face-to-face met.

The tag is the other place's when its clause says the place or record is another's (outside,
OSH, another provider's, records from elsewhere) before it, or that the visit it tags was at
such a place. A bare "ED" or "hospital" is not enough: its own physician may write the note.
Not a visit that follows one up ("Hospital f/u (in person)", "Post-ED visit (in person)"): that
is the practitioner's own, after the other place's care.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_start

#: The label the in-person tags and visit words carry.
IN_PERSON = "face-to-face|in-person-visit"

#: Where the clause holding the tag begins: a line break, a sentence end, a semicolon.
_CLAUSE_START = lazy_re.compile(r"[;\n]|\.(?=\s)")

#: Another place's care or its record, said to be another's: "outside", an outside hospital
#: (OSH), another provider's or facility's, records from elsewhere, external or Care Everywhere
#: records. Not a bare "hospital" or "ED": the hospital's own physician writes "Hospital d/c /
#: F2F (in person)", "Hospital discharge summary / face-to-face encounter", the encounter a home
#: health certification may rest on (42 CFR 424.22(a)(1)(v); blind EG/homehealth-02 and
#: KD/home-health-01 labelled so).
_OUTSIDE = lazy_re.compile(
    r"\b(?:outside|osh|external|care\s+everywhere|"
    r"(?:another|other|different|prior|previous)\s+(?:provider|clinic|facility|hospital|"
    r"physician|doctor|practice|system)|records?\s+from|transferred\s+from)\b",
    re.IGNORECASE,
)

#: A visit that follows another place's care up: the practitioner's own visit.
_FOLLOW_UP = lazy_re.compile(
    r"\b(?:f/u|fu|follow[- ]?up|followup|post[- ]?(?:ed|er|hospital\w*|discharge|admission)|"
    r"after|since|transition(?:al)?\s+of\s+care|tcm|discharge\s+visit|hospital\s+discharge\s+f)",
    re.IGNORECASE,
)

#: The tagged visit placed at another place: "in person visit at an outside ED 9/20".
_AT_OUTSIDE = lazy_re.compile(
    r"^[^.;\n]{0,25}?\b(?:at|in|with)\s+(?:the\s+|an?\s+)?(?:outside|osh|another|other|external)\b",
    re.IGNORECASE,
)


def outside_visit(label: str, statement: str, start: int, end: int) -> bool:
    """Whether the in-person words at ``statement[start:end]`` tag another place's visit or
    record, not one with the note's practitioner."""
    if label != IN_PERSON:
        return False
    before = statement[clause_start(statement, start, _CLAUSE_START) : start]
    if _FOLLOW_UP.search(before):
        return False  # "Hospital f/u (in person)": the practitioner's visit after it
    if _OUTSIDE.search(before):
        return True  # "Outside ED record (in person)"
    after = statement[end:]
    return bool(_AT_OUTSIDE.match(after)) and not _FOLLOW_UP.search(after[:40])
