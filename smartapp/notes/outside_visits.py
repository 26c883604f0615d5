"""An "in person" tag on another place's visit or record is no visit with the orderer (brief s73-g).

The DME face-to-face items (OXY-002, BED-002, the wheelchair's, the CGM's) ask for a visit in
person with the ordering practitioner; a note of theirs that tags its visit "(in person)" counts
(face-to-face|in-person-visit, targets.yaml). A note that copies in another place's encounter
tags that one: "Outside ED record (in person)", "Outside hospital visit (in person)", "Outside
records reviewed (in person visit at Mercy ED 9/20)" say the patient was seen in person there,
by the ED or the hospital, and the orderer's visit is still to be shown. Read as the orderer's
visit, they called the face-to-face met.

The tag is the other place's when its clause names an outside place or record (outside, OSH, an
ED or ER, urgent care, a hospital, an admission, EMS) before it, or when the visit it tags was
"at" or "in" such a place. Not a visit that follows one up ("Hospital f/u (in person)", "Post-ED
visit (in person)", "ED follow-up, seen in person"): that is the practitioner's own, after the
other place's care.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The label the in-person tags and visit words carry.
IN_PERSON = "face-to-face|in-person-visit"

#: Where the clause holding the tag begins: a line break, a sentence end, a semicolon.
_CLAUSE_START = lazy_re.compile(r"[;\n]|\.(?=\s)")

#: Another place's care or its record: outside, an outside hospital (OSH), an emergency
#: department, urgent care, a hospital stay, an ambulance crew.
_OUTSIDE = lazy_re.compile(
    r"\b(?:outside|osh|ed|er|emergency\s+(?:room|department|dept)|urgent\s+care|uc|"
    r"hospital|hospitalization|inpatient|admission|admitted|ems|ambulance|"
    r"another\s+(?:provider|clinic|facility)|other\s+(?:provider|clinic|facility)|"
    r"records?\s+from|transferred\s+from)\b",
    re.IGNORECASE,
)

#: A visit that follows another place's care up: the practitioner's own visit.
_FOLLOW_UP = lazy_re.compile(
    r"\b(?:f/u|fu|follow[- ]?up|followup|post[- ]?(?:ed|er|hospital\w*|discharge|admission)|"
    r"after|since|transition(?:al)?\s+of\s+care|tcm|discharge\s+visit|hospital\s+discharge\s+f)",
    re.IGNORECASE,
)

#: The tagged visit placed at another place: "in person visit at Mercy ED 9/20".
_AT_OUTSIDE = lazy_re.compile(
    r"^[^.;\n]{0,25}?\b(?:at|in)\s+(?:the\s+)?(?:[\w'.-]+\s+){0,3}?"
    r"(?:ed|er|emergency\s+(?:room|department|dept)|urgent\s+care|hospital|osh)\b",
    re.IGNORECASE,
)


def outside_visit(label: str, statement: str, start: int, end: int) -> bool:
    """Whether the in-person words at ``statement[start:end]`` tag another place's visit or
    record, not one with the note's practitioner."""
    if label != IN_PERSON:
        return False
    begins = max((m.end() for m in _CLAUSE_START.finditer(statement, 0, start)), default=0)
    before = statement[begins:start]
    if _FOLLOW_UP.search(before):
        return False  # "Hospital f/u (in person)": the practitioner's visit after it
    if _OUTSIDE.search(before):
        return True  # "Outside ED record (in person)"
    after = statement[end:]
    return bool(_AT_OUTSIDE.match(after)) and not _FOLLOW_UP.search(after[:40])
