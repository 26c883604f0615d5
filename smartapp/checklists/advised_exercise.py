"""A home exercise program only advised: "P: advised HEP from prior PT", "recommended home
exercises", "HEP encouraged". Advice is what the patient was told to do, not care the patient
had: a payer's "home exercise program" as conservative care is one the patient did (blind wave
101, NW/lmri-03: "advised HEP" of 5/4, then "Didn't really do the exercises" on 6/29, counted
as HEP from 4/20 and carried a 70-day episode; the reviewer: "only advised HEP (not done)").

Not advice to keep up a program in use ("advised to continue HEP": care had, care_proposed.py
reads it so), nor one the statement says the patient does ("advised HEP, doing it daily"), nor a
program told with no advice ("HEP daily x 6 wks, doing it").
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: The advice right before the program: "advised HEP", "recommended to start home exercises",
#: "encouraged pt to do daily HEP".
_ADVISED_BEFORE = lazy_re.compile(
    r"\b(?:advis(?:ed|es?)|recommend(?:ed|s)?|encourag(?:ed|es?)|suggest(?:ed|s)?|counsell?ed"
    r"(?:\s+(?:on|re:?|about))?)\s+(?:(?:the\s+)?(?:pt|patient|him|her|them)\s+)?(?:to\s+)?"
    r"(?:(?:start|begin|do|try|perform|use)\s+)?(?:(?:a|an|the|daily|regular|home)\s+){0,2}$",
    re.IGNORECASE,
)
#: ... or right after it: "HEP advised", "home exercises recommended".
_ADVISED_AFTER = lazy_re.compile(
    r"^\s*(?:(?:was|were|is)\s+)?(?:advised|recommended|encouraged|suggested)\b", re.IGNORECASE
)
#: The statement says the patient does it, or the advice keeps up a program in use.
_DONE = lazy_re.compile(
    r"\b(?:doing|does|did|done|performing|performs|performed|complian\w*|adheren\w*|adherent|"
    r"started|begun|has\s+been|have\s+been|continu\w*|still)\b",
    re.IGNORECASE,
)


def advised_only(finding: Any) -> bool:
    """Whether ``finding`` is a home exercise program its statement only advises."""
    if finding.concept != "home-exercise":
        return False
    snippet = finding.snippet or ""
    at = snippet.lower().find((finding.text or "").lower())
    if at < 0 or not finding.text:
        return False
    before, after = snippet[:at], snippet[at + len(finding.text) :]
    advised = _ADVISED_BEFORE.search(before[-60:]) or _ADVISED_AFTER.match(after)
    return bool(advised) and not _DONE.search(snippet)


__all__ = ["advised_only"]
