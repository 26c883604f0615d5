"""The patient sleeping or lying flat without trouble: a denial of the need to be positioned.

LCD L33820 covers a hospital bed for positioning an ordinary bed cannot give: the head raised
over 30 degrees most of the time (orthopnea, aspiration), frequent position changes, traction. A
note that says the patient "Sleeps flat on 1 pillow", "Lies flat without difficulty", "Tolerates
lying flat" answers that need no, as "no orthopnea" does. Such a statement was read as nothing,
so a vendor form's ticked "[x] Requires HOB elevation > 30 degrees" stood beside the physician's
"Sleeps flat on 1 pillow, no SOB lying down, no reflux, no wounds" (blind wave 78,
KN/dme-hospital-bed-03; ticked_boxes.contradicted_ticks sets such ticks aside only when the
narrative denies what they tick).

The positioning-need target "sleeps/lies/lying flat" (targets.yaml) is kept as a denial only when
it is the patient's own flat lying, said as how things are: the words before it in its clause are
no more than a subject, "able to", "tolerates" or an adverb ("Pt reports she sleeps flat"), and
its sentence adds no trouble after it. Otherwise it is no finding at all: "can't lie flat", "SOB
lying flat", "pain 8/10 lying flat" are the need's other targets; "wife sleeps flat" is hers;
"used to sleep flat, now needs 4 pillows", "sleeps flat in double bed ... but slides down" (blind
wave V/bed-02), "sleeps flat but wakes gasping" and "flat on 3 pillows" deny nothing.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_end, clause_start

#: The label of the target this reads (targets.yaml, functional-deficits).
POSITIONING = "functional-deficits|positioning-need"

#: The target as lying flat: a verb of lying or sleeping, then "flat" or "supine".
_LYING = lazy_re.compile(
    r"(?:sleeps?|sleeping|slept|lies|lie|lying|lays?|laying)\s+(?:flat|supine)", re.IGNORECASE
)
#: Where a clause opens before the target: a sentence's or a field's end, a comma, a dash.
_CLAUSE_START = lazy_re.compile(r"[.;:!?\n,(]|\s[-\u2013\u2014]\s")
#: All the words before the target may be: who lies flat (the patient), and how able or usual.
_OWN_LEAD = lazy_re.compile(
    r"^(?:\s|\b(?:pt|patient|he|she|they|member|reports?|states?|says|notes|endorses|and|"
    r"now|currently|still|usually|normally|typically|generally|nightly|at\s+night|"
    r"(?:is\s+)?able\s+to|can|tolerates?|tolerating|tolerated|comfortably)\b)*$",
    re.IGNORECASE,
)
#: Trouble the rest of its sentence tells after it: a "but", sliding or waking, choking, a
#: stack of pillows or a wedge, a time it stopped ("until", "anymore").
_TROUBLE = lazy_re.compile(
    r"\b(?:but|however|though|although|except|until|anymore|any\s+more|no\s+longer|"
    r"slides?|sliding|slid|wakes?|waking|woke|chok\w*|gasp\w*|cough\w*|desat\w*|"
    r"sob|short\s+of\s+breath|dyspne\w*|orthopne\w*|pain\w*|props?|propped|wedges?|"
    r"(?:[2-9]|two|three|four|five|six|several|multiple|many|stacked)\s+pillows?)\b",
    re.IGNORECASE,
)
#: A trouble the sentence denies is none: "no SOB lying down", "w/o problems", "denies PND".
_DENIED = lazy_re.compile(
    r"\b(?:no|not|without|w/o|denies|denied|never)\b[^,;.\n]*", re.IGNORECASE
)
_SENTENCE_END = lazy_re.compile(r"[.\n]")


def lies_flat_well(text: str, start: int, end: int) -> bool:
    """Whether the lying-flat target ``text[start:end]`` is the patient lying flat without
    trouble (:func:`is_lying_target` tells the target)."""
    if not _OWN_LEAD.match(text[clause_start(text, start, _CLAUSE_START) : start]):
        return False
    after = _DENIED.sub(" ", text[end : clause_end(text, end, _SENTENCE_END)])
    return not _TROUBLE.search(after)


def is_lying_target(label: str, matched: str) -> bool:
    """Whether ``matched`` under ``label`` is this module's lying-flat target."""
    return label == POSITIONING and bool(_LYING.fullmatch(matched))


__all__ = ["POSITIONING", "is_lying_target", "lies_flat_well"]
