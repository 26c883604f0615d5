"""Care ruled out before any trial of it is no care tried.

"NSAIDs not an option (GI bleed)", "NSAIDs contraindicated (CKD 4)", "NSAIDs: contraindicated - on
warfarin", "Unable to take NSAIDs given GI bleed hx" say why a drug class was never used, not a
course of it; ConText denies "cannot take NSAIDs", "avoid NSAIDs" and "NSAIDs ruled out", but
none of these, so each made a day of NSAID care (brief s80-care, noticed on blind wave 93,
MT/hip-arthroplasty-03: "NSAIDs not an option (GI bleed). Tylenol 1 g TID."). A statement that
says the care was had before it was ruled out keeps it: "NSAIDs stopped after GI bleed", "NSAIDs
no longer an option", "Naproxen x 3 mo, now contraindicated due to CKD", "tried meloxicam - not
an option anymore (BP)".

Only the conservative-care reading: a drug "contraindicated" in a step therapy (medication
history) is an exception a payer weighs, which its own criteria read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .clauses import stop_bounded_clause
from .model import NoteFinding

#: Ruled out, written after the care: "not an option", "are not an option for her", ":
#: contraindicated", "- C/I", "not advised", "not recommended", "not safe".
_AFTER = lazy_re.compile(
    r"\s*(?:[:\-\u2013(]\s*)?(?:(?:is|are|would\s+be)\s+)?(?:not\s+(?:an?\s+)?(?:options?|"
    r"candidates?)|contraindicated|c/i|not\s+(?:advised|recommended|safe))(?![\w/])",
    re.IGNORECASE,
)
#: ... or before it: "unable to take NSAIDs", "not able to use NSAIDs", "contraindication to
#: NSAIDs", with at most one word between ("unable to take any NSAIDs").
_BEFORE = lazy_re.compile(
    r"(?:\b(?:unable|not\s+able)\s+to\s+(?:take|use|have)|\bcontraindications?\s+(?:to|for))"
    r"\s+(?:(?:any|oral|the|an?)\s+)?$",
    re.IGNORECASE,
)
#: The clause says the care was had: a stop, a failure, a time it ran, "no longer", "anymore".
_HAD = lazy_re.compile(
    r"\b(?:no\s+longer|anymore|any\s+longer|stopped|discontinued|d/c'?d|quit|failed|tried|took|"
    r"taken|taking|helped|until|since|now|previously\s+(?:on|took|used)|"
    r"x\s*\d+|for\s+\d+\s*(?:d|days?|wks?|weeks?|mos?|months?|yrs?|years?)|"
    r"\d+\s*(?:wks?|weeks?|mos?|months?|yrs?|years?))\b",
    re.IGNORECASE,
)


def ruled_out(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each asserted conservative care that its clause rules out before any
    trial (module doc) negated."""
    out = []
    for finding in findings:
        if (
            finding.category == "conservative-treatment"
            and finding.asserted
            and _ruled_out(text, finding)
        ):
            finding = replace(finding, negated=True)
        out.append(finding)
    return out


def _ruled_out(text: str, finding: NoteFinding) -> bool:
    """Whether the finding's care is ruled out right beside it, its clause saying no trial."""
    low, high = stop_bounded_clause(text, finding.start, finding.end)
    after = _AFTER.match(text, finding.end, high)
    before = _BEFORE.search(text, low, finding.start)
    if after is None and before is None:
        return False
    return not _HAD.search(text, low, high)
