"""Whose intolerance a statement tells: "could not tolerate CPAP" is the patient's failed trial
(context.yaml's TOLERANCE phrases keep its "not" from denying the CPAP), but in "Pt's friend
'couldn't tolerate CPAP'" (blind wave 16, BA/cpap-03) or "his coworker could not tolerate
naproxen" the one who could not is someone else, and the care was never the patient's.

ConText's FAMILY words cover relatives; friends, coworkers and neighbours are no family, and
naming them before anything else (a friend who drove the patient to PT) says nothing of whose
care it was, so only the subject of the verb "tolerate" is read here.

An exam manoeuvre the patient could not tolerate was not done: "Did not tolerate ROM testing",
"unable to tolerate Lachman" examine nothing (:func:`untolerated_exam`).

Why care was not tolerated or stopped is a cause, not a date owed: ConText's backward "due"
(meant for "PT due next visit") read "unable to tolerate PT due to pain", "naproxen stopped due
to GI upset" as care still to come (:func:`cause_only`). Read for care only: other findings
(a template's "limitation in ADLs due to hip pain") keep ConText's reading.
"""

from __future__ import annotations

import re
from typing import Any

_OTHER = (
    r"(?:friends?|co-?workers?|colleagues?|neighbou?rs?|room-?mates?|boyfriend|girlfriend|"
    r"partner|acquaintances?|relatives?|mother|father|mom|dad|parents?|sister|brother|wife|"
    r"husband|spouse|son|daughter|uncle|aunt|cousin|grandmother|grandfather)(?:'s)?"
)
#: Someone else, then (within a few words of the same clause) their inability to tolerate.
_OTHERS_INTOLERANCE = re.compile(
    rf"\b{_OTHER}\b[^.;,()]{{0,25}}?\b(?:could\s*not|could\s*n[o']?t|couldn'?t|did\s*not|"
    r"didn'?t|does\s*not|doesn'?t|cannot|can'?t|can not|(?:was\s+)?(?:not able|unable)\s+to|"
    r"has\s*not|hasn'?t|had\s*not)\s+(?:tolerate|tolerated)\b",
    re.IGNORECASE,
)
#: The inability just before what it names: "could not tolerate ROM testing".
_UNTOLERATED_BEFORE = re.compile(
    r"\b(?:could\s*not|couldn'?t|did\s*not|didn'?t|does\s*not|doesn'?t|cannot|can'?t|can not|"
    r"(?:not able|unable)\s+to)\s+tolerate\s+(?:(?:the|any|a|an)\s+)?$",
    re.IGNORECASE,
)
#: What may stand between the verb and the care it names: "couldn't tolerate the CPAP".
_BETWEEN = re.compile(r"^[\s'\"]*(?:(?:the|a|an|his|her|their|any)\s+)?$", re.IGNORECASE)


def others_intolerance(text: str, start: int, end: int) -> bool:
    """True when the care at ``text[start:end]`` is named by someone else's "could not
    tolerate" (the verb inside the care's span, as in the target "couldn't tolerate CPAP", or
    just before it)."""
    for match in _OTHERS_INTOLERANCE.finditer(text, max(0, start - 80), end):
        if match.end() > end:
            continue
        if match.end() > start or _BETWEEN.match(text[match.end() : start]):
            return True
    return False


#: "PT due to start 3/1", "due to be refilled": a verb after "due to" is still to come.
_TO_COME = frozenset(
    "start begin commence restart resume return be have see get receive undergo finish complete "
    "end expire renew follow continue re-evaluate reevaluate recert recertify".split()
)


def _cause(doc: Any, span: tuple[int, int]) -> bool:
    after = [t.lower_ for t in doc[span[1] : span[1] + 2]]
    return (
        doc[slice(*span)].text.lower() == "due"
        and after[:1] == ["to"]
        and (len(after) < 2 or after[1] not in _TO_COME)
    )


def cause_only(ent: Any) -> bool:
    """True when every HYPOTHETICAL modifier of ``ent`` is the "due" of "due to" naming a cause
    ("due to pain"), not a thing to come ("due to start 3/1")."""
    hypothetical = [m for m in ent._.modifiers if m.category == "HYPOTHETICAL"]
    return bool(hypothetical) and all(_cause(ent.doc, m.modifier_span) for m in hypothetical)


def untolerated_exam(before: str) -> bool:
    """True when the text just before an exam finding says the patient could not tolerate it."""
    return bool(_UNTOLERATED_BEFORE.search(before))
