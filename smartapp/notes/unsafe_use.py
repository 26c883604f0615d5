"""Orientation and arm strength do not show safe use of a chair the same note says is unsafe.

A wheelchair's WHC-005 asks that the patient can use the chair safely (LCD L33788: the physical
and mental capability to self-propel safely; cognition, judgement, vision) or has a caregiver who
can. The exam's stand-ins for it, "alert, oriented", "A&O x3", "UE strength 5/5" (blind wave 87,
LU/wheelchair-02), were read as safe use whatever else the note said, so a note with "Exam: A&O
x3, UE 5/5" and "PT: impulsive, poor safety awareness" met the item (noticed at stop 57, brief
s77-fall): a patient oriented and strong who is impulsive or has poor safety awareness or judgement
is the patient the criterion keeps from using the chair alone.

So when the note states such a judgement (impulsivity; poor, impaired or decreased safety
awareness, judgement or insight; unsafe or not safe to operate, propel or drive the chair), the
stand-ins in it are not read as safe use. Kept: a statement of safe use itself ("can safely
self-propel", "judgement intact"), a caregiver who can push, and the stand-ins beside a judgement
denied ("no impulsivity", "not impulsive", "no safety awareness deficits") or of walking only
("unsafe with walker" is why a cane or walker will not do, WHC-003).
"""

from __future__ import annotations

import re

from .. import lazy_re

_LABEL = "clinical-notes|safe-operation"

#: The stand-ins: a patient alert and oriented, or arms at full strength (targets.yaml,
#: safe-operation), told by the words the matched statement opens with.
_STAND_IN = lazy_re.compile(
    r"\s*(?:alert\b|a\s*(?:&|\+|and|/)\s*o\b|aa\s*&?\s*o|ao\s*(?:x|\u00d7)|oriented\b"
    r"|(?:(?:bilat(?:eral)?|b/l|both)\s+)?(?:ue|ues|upper[- ]extremit(?:y|ies)|arms?)\b"
    r"|strength\b)",
    re.IGNORECASE,
)

#: What the chair's safe use would need, said to be lacking. A "no" or "lack" of safety
#: awareness is one, a "no safety awareness deficits" is not.
_UNSAFE_JUDGEMENT = lazy_re.compile(
    r"(?<!\bno\s)(?<!\bnot\s)(?<!\bwithout\s)(?<!\bdenies\s)"
    r"\b(?:impulsiv\w*"
    r"|(?:poor|impaired|decreased|reduced|limited|minimal|no|lacks?|lacking|lack\s+of)\s+"
    r"(?:safety\s+awareness|safety\s+judg(?:e)?ment|judg(?:e)?ment|insight)\b"
    r"(?!\s+(?:deficits?|impairments?|concerns?|issues?|limitations?|problems?)\b)"
    r"|safety\s+awareness\s*(?:is\s+|:\s*|-\s*)?(?:poor|impaired|decreased|reduced|limited|"
    r"minimal|lacking|absent)\b"
    r"|(?:unsafe|not\s+safe)\s+to\s+(?:(?:operate|propel|self-propel|steer|maneuver|manoeuvre)\b"
    r"|(?:drive|use)\s+(?:(?:a|the|his|her|their)\s+)?(?:power\s+|manual\s+|loaner\s+)?"
    r"(?:w/c|wheel\s?chairs?|chairs?|scooters?|pwc|pmd)\b))",
    re.IGNORECASE,
)


def stand_in_outweighed(label: str, statement: str, note: str) -> bool:
    """Whether ``statement`` (a safe-operation target's matched text) is a stand-in for safe
    use -- orientation or arm strength -- in a ``note`` that says the patient's judgement or
    use of the chair is unsafe: then it shows no safe use."""
    if label != _LABEL or not _STAND_IN.match(statement):
        return False
    return bool(_UNSAFE_JUDGEMENT.search(note))
