"""A need stated, not a plan (blind wave 62, HA/hospital-bed-03).

"Per daughter's call, pt sleeping in recliner, needs head elevation" under a note's "DME order:"
heading says what the patient needs: the reason for the bed (LCD L33820's positioning need),
not the plan for it. The plan raises the head ("HOB elevated 30 deg at night") or turns the
patient on a schedule; the need is written as the object of "needs", "requires" or "need
for", as the history writes it ("needs head elevated >30 degrees most nights": blind wave 59).
A need for the bed with its features ("needs hospital bed with side rails") names the bed, and
stays its plan.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The patient's need just before the finding, in its clause: "needs head elevation", "requires
#: HOB >30 deg", "need for HOB elevation", "in need of constant head elevation".
_NEED_BEFORE = lazy_re.compile(
    r"\b(?:needs?|requires?|required|need\s+for|in\s+need\s+of)\s+"
    r"(?:(?:the|his|her|their|some|constant|continuous|frequent|to\s+have|to\s+keep)\s+)*$",
    re.IGNORECASE,
)
_REACH = 60  # the words just before the finding; a clause's opening need, not the sentence's


def stated_as_need(text: str, start: int) -> bool:
    """Whether the finding at ``start`` of ``text`` is written as what the patient needs."""
    return bool(_NEED_BEFORE.search(text[max(0, start - _REACH) : start]))
