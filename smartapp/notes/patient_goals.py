"""A goal the patient voices is not a goal the plan of care sets (brief s73-g).

PT-001 (and the other therapy plans of care) ask for measurable goals the therapist sets: "STG:
amb 150 ft w/o AD in 3 wks", "Goals: knee flexion to 130 deg in 4 wks". What the patient hopes
for is their aim, however it is placed: "Pt's goal is to return to soccer", "His goal is to get
back to work", "Pt states her goal is to walk her dog", "Patient goals: return to soccer".
Voiced in the history it was already not counted (exclude_sections: [hpi]); in the plan area the
word "goal" was read as the plan's goals, and with a frequency and a duration beside it the plan
of care was called met with no measurable goal in it.

A goal is the patient's when the words before it in its clause give it to them: a possessive
("pt's", "patient's", "his", "her", "their", "client's"), the patient named before "goal(s)"
("Patient goal:"), or the patient saying it ("pt states goal is", "per pt, goal is"). Not "Pt
will amb 150 ft" (the therapist's goal for the patient), nor goals set "with the patient"
("Goals set with pt: ...") nor "patient-centered goals" written as the plan's.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_start

#: The label the goal words carry.
GOALS = "plan-of-care|goals"

#: Where the clause holding the goal word begins.
_CLAUSE_START = lazy_re.compile(r"[;\n(]|\.(?=\s)")

#: The patient's own goal, in the words just before "goal(s)".
_PATIENT_S = lazy_re.compile(
    r"(?:\b(?:pt|pt\.|patient|client|member|pts|patients)(?:'s|\u2019s|s'|'s)?|\b(?:his|her|their)|"
    r"\b(?:pt|patient|client)\s+(?:states|stated|reports|reported|says|said|expresses|expressed|"
    r"verbalizes|verbalized|voices|voiced|identifies|identified)(?:\s+that)?"
    r"(?:\s+(?:his|her|their|the|a|main|primary))?|\bper\s+(?:pt|patient)\s*,?)"
    r"\s+(?:(?:own|personal|stated|main|primary|major|ultimate|biggest|overall|#1|number\s+one|"
    r"long[- ]term|short[- ]term|functional|specific)\s+)*$",
    re.IGNORECASE,
)


def patient_s_goal(label: str, statement: str, start: int) -> bool:
    """Whether the goal word at ``statement[start]`` names a goal the patient voices."""
    if label != GOALS:
        return False
    return bool(_PATIENT_S.search(statement[clause_start(statement, start, _CLAUSE_START) : start]))
