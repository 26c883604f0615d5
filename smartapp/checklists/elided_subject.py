"""The clause a subjectless statement continues: "MRI L-spine to eval for disc pathology; will
determine need for PT vs injection" (blind wave 37, EH/lmri-02). The note reader splits a
sentence at its semicolons, so the plan's second clause is a statement of its own, and its
subject, the MRI whose result decides, is left in the clause before. A reader takes a clause
that opens on a bare modal ("will determine", "would guide", "to decide") or on a pronoun
standing for what came before ("which will", "this will") as said of that clause's subject.
``statement_mentions`` (what a statement must name, e.g. the study its plan depends on) reads
such a statement together with the clause it continues; a statement with a subject of its own
stands alone.
"""

from __future__ import annotations

import re

_SUBJECTLESS = re.compile(
    r"\s*(?:and\s+)?(?:(?:which|this|that|it)\s+)?"
    r"(?:will|would|should|may|might|can|could|to)\s+[a-z]",
    re.IGNORECASE,
)
#: Where the clause before starts: after a sentence's end, a line break or another semicolon.
_CLAUSE_START = re.compile(r"(?:[.!?]\s|\n|;)")
_REACH = 200  # a clause is a line's worth of words, not a paragraph


def continued_statement(snippet: str, start: int, text: str) -> str:
    """``snippet`` (the statement holding the finding at ``start`` of ``text``) with the clause
    it continues before it when it opens with no subject of its own right after a semicolon;
    else ``snippet`` unchanged."""
    if not _SUBJECTLESS.match(snippet):
        return snippet
    at = text.find(snippet, max(0, start - len(snippet)))
    if at < 0 or at > start:
        return snippet
    before = text[max(0, at - _REACH) : at].rstrip()
    if not before.endswith(";"):
        return snippet
    before = before[:-1]
    starts = [m.end() for m in _CLAUSE_START.finditer(before)]
    return f"{before[starts[-1] if starts else 0 :].strip()}; {snippet}"
