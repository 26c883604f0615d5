"""A requirement restated in a note, which is no evidence of the care it names (brief s67-n,
noticed by s67-g on blind wave 70): "Weight loss: medically supervised program required before
surgery", "Pt must complete a supervised weight loss program", "Requirement: physician-supervised
diet x 6 months" say what the payer or the surgeon asks for, not what the patient did. The
payer's own words ("CareSource requires ...") are read by :mod:`.payer_criteria`, which calls
:func:`required_from` so every checklist's care readers see the same cut.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: A requirement said after the care it names, of a step still ahead ("... required before
#: surgery", "reqd prior to approval"): the step is a condition, not a history. "Needed" is left
#: out: "skilled nursing needed for wound care" is a home-health need, which is evidence.
_REQUIRED_AFTER = lazy_re.compile(
    r"\b(?:(?:is|are|will\s+be)\s+)?(?:required|req'?d|mandatory|a\s+prerequisite)\s+"
    r"(?:before|prior\s+to|pre-?op(?:eratively)?|for\s+(?:surgery|approval|coverage|"
    r"authorization|auth|the\s+pa|pa|submission))\b",
    re.IGNORECASE,
)
#: A requirement said before the care it names: "must complete", "is required to undergo",
#: "will need to document", "Requirement:". Only with a verb of doing the care or showing it:
#: "must lift 50 lb" is a job's demand, read elsewhere.
_REQUIRED_BEFORE = lazy_re.compile(
    r"\b(?:must|(?:is\s+|are\s+)?required\s+to|(?:will\s+)?need(?:s)?\s+to|has\s+to|have\s+to)\s+"
    r"(?:first\s+)?(?:complete|undergo|attend|document|demonstrate|show|try|participate|enroll|"
    r"finish)\b"
    r"|\brequirements?\s*:",
    re.IGNORECASE,
)
#: Care said done in the same statement before the requirement ("Completed 6 mo supervised
#: program Jan-Jun 2025, required before surgery"): its own history still counts.
_DONE = lazy_re.compile(
    r"\b(?:completed|attended|tried|failed|underwent|participated|enrolled|finished|lost|"
    r"regained|did|has\s+had|had)\b",
    re.IGNORECASE,
)


def required_from(text: str) -> int | None:
    """Where a statement's restated requirement makes its care no evidence (None when it states
    none): from its start when the care is named before "required ...", else from the cue."""
    after = _REQUIRED_AFTER.search(text)
    if after and not _DONE.search(text, 0, after.start()):
        return 0
    before = _REQUIRED_BEFORE.search(text)
    if before and not _DONE.search(text, 0, before.start()):
        return before.start()
    return None
