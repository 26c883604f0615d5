"""Whether a deficit's "need" is one the patient has now, or one put on a condition to come.

ConText reads "needs", "need" and "will need" as HYPOTHETICAL (a plan), but before a functional
deficit a need is the limit itself: "needs a riding cart", "needs q2h turns" (``need_only``,
read by :mod:`.finding_flags` and kept by :mod:`.flag_corrections`). A need the statement puts on
an event that has not happened is not: "If the wound opens, will need q2h turns" documents no
positioning need an ordinary bed cannot give (LCD L33820 asks for the condition the patient has,
brief s90-noticed2). The condition may lead ("if", "unless", "in case", "in the event", "should
the wound open") or follow the need in its clause ("will need q2h turns if the wound reopens").

Only a need said in the future ("will need", "would need", "will require") is read so: "If lying
flat she coughs, needs HOB elevated" is a present need explained by when it arises, and a need
stated now stays one ("needs q2h turns", "turned q2h per wound care").
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: ConText's need words: before a deficit, the limit itself rather than a plan.
NEED_WORDS = frozenset({"needs", "need", "will need"})
#: A condition's lead: "if", "unless", "in case", "in the event", and "should" set before its
#: subject ("Should the wound open", "should she decline"); not "pt should be turned q2h".
#: pattern_flag_corrections reads the same leads before a skilled need.
_LEAD = (
    r"\b(?:if|unless|in\s+case|in\s+the\s+event|should\s+(?:the|he|she|it|they|pt|patient|his|"
    r"her|their|skin|wound))\b"
)
CONDITION = lazy_re.compile(_LEAD, re.IGNORECASE)
#: The need said in the future: "will need", "would need", "she'll need", "will require", "will
#: be needed", "would then need".
_FUTURE_NEED = lazy_re.compile(
    r"(?:\b(?:will|would|wil)|'ll|'d)\s+(?:(?:still|also|then|likely|probably|eventually)\s+)?"
    r"(?:need|require|be\s+(?:needed|required))\b",
    re.IGNORECASE,
)
#: The condition's words up to the target, in one clause of the statement.
_CONDITION_BEFORE = lazy_re.compile(_LEAD + r"[^.;]*$", re.IGNORECASE)
#: A condition after the need, in its clause: "... if the wound reopens". Not a routine proviso
#: of the need itself ("q1h if needed", "as tolerated", "if able").
_CONDITION_AFTER = lazy_re.compile(
    r"^[^.;]{0,40}?" + _LEAD
    + r"(?!\s+(?:needed|necessary|able|possible|tolerated|indicated|required)\b)",
    re.IGNORECASE,
)


def need_only(ent: Any) -> bool:
    """Whether ConText's HYPOTHETICAL modifiers of the spaCy target ``ent`` are all need words
    ("needs a riding cart"): for a deficit, the limit itself."""
    return all(
        m.category != "HYPOTHETICAL" or ent.doc[slice(*m.modifier_span)].text.lower() in NEED_WORDS
        for m in ent._.modifiers
    )


def need_on_condition(text: str, start: int, end: int) -> bool:
    """Whether the need for the deficit at [start, end) of the statement ``text`` is said in
    the future on a condition before it or after it in its clause (see the module docstring)."""
    lead = _CONDITION_BEFORE.search(text[:start])
    if lead and _FUTURE_NEED.search(text, lead.start(), start):
        return True
    clause = re.split(r"[.;,]", text[:start])[-1]
    return bool(_FUTURE_NEED.search(clause) and _CONDITION_AFTER.match(text[end:]))
