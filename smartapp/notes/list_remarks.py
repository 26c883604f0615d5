"""A medication list line whose closing remark says none of its drugs was filled lists no care.

A reconciled medication list carries what was once prescribed; the clinician's remark after it
is what tells whether any of it is taken: "Medications: see reconciled list (ibuprofen 800 TID
PRN, cyclobenzaprine 10 qhs PRN) - pt says he has not filled either in over a year" (blind wave
40, EV/lumbar-mri-02; the reviewer: "only on reconciliation list (not filled in over a year)").
Statements are cut at the spaced dash, so the remark is a statement of its own naming no drug,
and the list's entries kept reading as drugs taken. The remark speaks of every drug before it on
its line when its object is a word for them all ("either", "both", "any", "them", "any of
these"), not a drug of its own; it does not when it says they were taken after all ("now taking
them") or stopped ("ran out": taken until then), or counts only days or weeks ("has not taken
either in 2 days" is a missed dose, not a drug never taken).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .cues import CARE_STOPPED
from .model import CARE_CATEGORIES, NoteFinding

#: The sections a medication list is read under (sections.yaml).
_LISTS = frozenset({"medications"})
#: "has not filled either", "hasn't picked up any of them", "never took them", "not taking
#: either", "did not fill both"; the object a word for the drugs listed before it.
_NONE_TAKEN = lazy_re.compile(
    r"\b(?:(?:has|have|had)\s+not|hasn't|haven't|hadn't|never|not|did\s+not|didn't|is\s+not|"
    r"isn't|are\s+not|aren't)\s+(?:been\s+|yet\s+|ever\s+)?"
    r"(?:filled|fill|picked\s+up|pick\s+up|taken|taking|took|take|started|start|tried|used|using)"
    r"\s+(?:either(?:\s+one|\s+of\s+(?:them|these|those))?|both|any(?:\s+of\s+(?:them|these|those))?"
    r"|them|these|those)"
    r"(?=\s*(?:$|[.;,)!]|\b(?:in|for|since|ever|yet|at\s+all|because|due|d/t|per)\b))",
    re.IGNORECASE,
)
#: Taken after all, or only lately missed: "now taking them", "in 2 days", "for a week".
_TAKEN_AFTER = lazy_re.compile(
    r"\b(?:now|currently|since\s+then)\s+(?:taking|takes|on|using)\b|"
    r"\b(?:in|for)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:\d+|a|one|two|three|few|couple(?:\s+of)?)"
    r"\s*(?:days?|d|weeks?|wks?)\b",
    re.IGNORECASE,
)


def _remark(text: str, finding: NoteFinding) -> bool:
    """Whether the rest of ``finding``'s line says none of the drugs it lists was taken."""
    end = text.find("\n", finding.end)
    rest = text[finding.end : end if end >= 0 else len(text)]
    said = _NONE_TAKEN.search(rest)
    if said is None:
        return False
    after = rest[said.start() :]
    return not (_TAKEN_AFTER.search(after) or CARE_STOPPED.search(after))


def unfilled_list_lines(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each medication list entry made hypothetical when its line closes with
    a remark that none of the drugs listed was filled or taken."""
    return [
        replace(f, hypothetical=True)
        if f.section in _LISTS and f.category in CARE_CATEGORIES and _remark(text, f)
        else f
        for f in findings
    ]
