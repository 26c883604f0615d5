"""An addendum's correction replaces the statement it corrects.

A note says "Had Orthovisc series in June"; its addendum the next morning says "Correction to
HPI - prior Orthovisc series was completed 04/14/2026, not June as stated above". The reviewer
reads the corrected date; the first statement no longer says when anything happened (blind wave
12, AN/hya-04: the uncorrected "June" put the last series inside the 6 months a repeat series
must wait).

A correction is a statement, later in the same note, that says it corrects ("correction",
"corrected", "should read", "not ... as stated above", "in error") and gives a date for the same
finding (category and concept), whether it reads as done, planned (an addendum under the plan
heading) or denied. Earlier statements of that finding in that note with another date are
dropped. Nothing else changes: a correction without a date, or a statement of another
finding, replaces nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .. import lazy_re

CORRECTION = lazy_re.compile(
    r"\b(?:correction|corrected|corrects|should (?:read|be)|as (?:stated|documented|written|noted)"
    r" (?:above|earlier|previously)|entered in error|in error|erroneously)\b",
    re.IGNORECASE,
)


#: The words that say a statement corrects one before it, whatever section it stands in: an
#: addendum under an "Assessment and Plan" heading reads as planned care, and its own denial
#: ("attended a PT evaluation only on 4/2, did not return") as negated (blind wave 36 beside
#: AP/hip-04: "Completed 12 wks PT" corrected by "Correction to above HPI - ... PT evaluation
#: only on 4/2/2026 (1 visit)"). Not "should be", which plans write too ("PT should be resumed
#: 6/1").
_SAYS_CORRECTION = lazy_re.compile(
    r"\b(?:correction|corrected|corrects|as (?:stated|documented|written|noted) (?:above|earlier|"
    r"previously)|entered in error|in error|erroneously)\b",
    re.IGNORECASE,
)


def _corrects(f: Any) -> bool:
    """Whether ``f`` is a statement correcting an earlier one (see ``_SAYS_CORRECTION``)."""
    text = f.snippet or f.text
    if f.asserted:
        return bool(CORRECTION.search(text))
    if f.family or f.hypothetical or f.speculative:
        return False
    return (f.planned or f.negated) and bool(_SAYS_CORRECTION.search(text))


def drop_corrected(found: list[Any], every: Iterable[Any]) -> list[Any]:
    """``found`` without the statements a later dated correction in their note replaced;
    ``every`` is all findings of the record (a correction may sit in a section the criterion
    does not read, as an addendum under the plan does)."""
    corrections: dict[tuple[str, str, str], list[Any]] = {}
    for f in every:
        if f.when and _corrects(f):
            corrections.setdefault((f.note_ref, f.category, f.concept), []).append(f)
    if not corrections:
        return found

    def replaced(f: Any) -> bool:
        later = corrections.get((f.note_ref, f.category, f.concept), ())
        return any(c.start > f.start and c.when != f.when for c in later)

    return [f for f in found if not replaced(f)]


#: A later correction that withdraws what a labelled field said: "Correction to Functional Status
#: above - bracketed text was default template content entered in error" (blind wave 25,
#: AL/hip-05, the addendum going on "independent in all ADLs, walks 2-3 miles daily"). The label
#: is the field's; what it said is no finding, whatever it named. Only a withdrawal ("in error",
#: "erroneous", "template/default text", "disregard"), not a correction that gives the right value
#: ("Correction to HPI - series completed 04/14/2026"), which :func:`drop_corrected` reads.
_WITHDRAWN = lazy_re.compile(
    r"\bcorrection\s+to\s+(?:the\s+)?(?P<label>[a-z][a-z /&-]{2,40}?)\s+(?:section\s+)?"
    r"(?:above|earlier|in\s+(?:the\s+)?(?:note|hpi)\s+above)\b[^\n]{0,120}?"
    r"\b(?:entered\s+in\s+error|in\s+error|erroneous\w*|(?:default\s+)?template\s+(?:text|content)|"
    r"disregard\w*|should\s+not\s+have\s+been\s+(?:entered|included))",
    re.IGNORECASE,
)


def drop_withdrawn(found: list[Any], texts: dict[str, Any]) -> list[Any]:
    """``found`` without the statements on a labelled line a later correction in their note
    withdraws (see ``_WITHDRAWN``); ``texts`` maps a note's reference to the note read."""
    kept = []
    for f in found:
        note = texts.get(f.note_ref)
        text = (note.text or "") if note is not None else ""
        line_start = text.rfind("\n", 0, f.start) + 1
        line = text[line_start : f.start].lstrip(" \t-*[").lower()
        withdrawn = any(
            line.startswith(m["label"].lower().strip()) for m in _WITHDRAWN.finditer(text, f.end)
        )
        if not withdrawn:
            kept.append(f)
    return kept
