"""The clause a subjectless statement continues: "MRI L-spine to eval for disc pathology; will
determine need for PT vs injection" (blind wave 37, EH/lmri-02). The note reader splits a
sentence at its semicolons, so the plan's second clause is a statement of its own, and its
subject, the MRI whose result decides, is left in the clause before. A reader takes a clause
that opens on a bare modal ("will determine", "would guide", "to decide") or on a pronoun
standing for what came before ("which will", "this will") as said of that clause's subject.
``statement_mentions`` (what a statement must name, e.g. the study its plan depends on) reads
such a statement together with the clause it continues; a statement with a subject of its own
stands alone.

In the order's own note, a subjectless statement is said of what the order asks for: "Persistent
radicular sx after PT; will guide injection referral." on a lumbar MRI's ServiceRequest (blind
wave 48, GA/lmri-02) is the MRI that will guide it, so the order's service name stands as its
subject.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

_SUBJECTLESS = lazy_re.compile(
    r"\s*(?:and\s+)?(?:(?:which|this|that|it)\s+)?"
    r"(?:will|would|should|may|might|can|could|to)\s+[a-z]",
    re.IGNORECASE,
)
#: Where the clause before starts: after a sentence's end, a line break or another semicolon.
_CLAUSE_START = lazy_re.compile(r"(?:[.!?]\s|\n|;)")
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


def said_of(snippet: str, start: int, text: Any, order: Any) -> str:
    """:func:`continued_statement` of the finding in ``text`` (a Note), with the ordered service's
    name before it when ``text`` is the order's own words and the statement has no subject."""
    said = continued_statement(snippet, start, text.text or "")
    if text.kind != "order" or order is None or not _SUBJECTLESS.match(snippet):
        return said
    code = (order.raw.get("code") or order.raw.get("codeCodeableConcept") or {}).get("text")
    names = [code or "", *(c.display for c in order.codes)]
    return f"{' / '.join(n for n in names if n)}: {said}"
