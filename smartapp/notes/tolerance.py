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
to GI upset" as care still to come (:func:`cause_only`). Read for care and for functional
limits ("difficulty with ADLs due to knee pain": a limit, not one owed; flag_corrections.py). A
template's limit a later addendum withdraws is read there (checklists/addenda.drop_withdrawn).

Likewise what a patient could not do is denied, not its cause: "unable to complete 6MWT due to
dyspnea", "could not finish the walk test d/t SOB" tell the dyspnea present, the reason the
test stopped (s62-h; :func:`cause_of_inability`). "Fatigue, not due to dyspnea" still denies it.

So too is the cause an imaging finding is "due to": "Severe central canal stenosis L4-5 due to
facet hypertrophy and ligamentum flavum thickening" is the stenosis the MRI found and why it is
there, not a study owed (blind wave 104, OG/sps-01). Only for the findings a study reads
(:data:`READ_LESIONS`): a study named before "due to" ("MRI due to progressive weakness") gives
the reason it is wanted, not that it was done, and keeps ConText's reading.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

_OTHER = (
    r"(?:friends?|co-?workers?|colleagues?|neighbou?rs?|room-?mates?|boyfriend|girlfriend|"
    r"partner|acquaintances?|relatives?|mother|father|mom|dad|parents?|sister|brother|wife|"
    r"husband|spouse|son|daughter|uncle|aunt|cousin|grandmother|grandfather)(?:'s)?"
)
#: Someone else, then (within a few words of the same clause) their inability to tolerate.
_OTHERS_INTOLERANCE = lazy_re.compile(
    rf"\b{_OTHER}\b[^.;,()]{{0,25}}?\b(?:could\s*not|could\s*n[o']?t|couldn'?t|did\s*not|"
    r"didn'?t|does\s*not|doesn'?t|cannot|can'?t|can not|(?:was\s+)?(?:not able|unable)\s+to|"
    r"has\s*not|hasn'?t|had\s*not)\s+(?:tolerate|tolerated)\b",
    re.IGNORECASE,
)
#: The inability just before what it names: "could not tolerate ROM testing".
_UNTOLERATED_BEFORE = lazy_re.compile(
    r"\b(?:could\s*not|couldn'?t|did\s*not|didn'?t|does\s*not|doesn'?t|cannot|can'?t|can not|"
    r"(?:not able|unable)\s+to)\s+tolerate\s+(?:(?:the|any|a|an)\s+)?$",
    re.IGNORECASE,
)
#: What may stand between the verb and the care it names: "couldn't tolerate the CPAP".
_BETWEEN = lazy_re.compile(r"^[\s'\"]*(?:(?:the|a|an|his|her|their|any)\s+)?$", re.IGNORECASE)


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


#: The findings a study reads, which "due to" after them explains (targets.yaml's
#: diagnostic-results concepts that name a lesion, not a study or test).
READ_LESIONS = frozenset(
    f"diagnostic-results|{concept}"
    for concept in ("lesion", "spine-imaging-lesion", "spinal-instability", "oa-findings",
                    "avn-findings", "implant-failure-findings", "cuff-arthropathy")
)  # fmt: skip


def cause_only(ent: Any) -> bool:
    """True when every HYPOTHETICAL modifier of ``ent`` is the "due" of "due to" naming a cause
    ("due to pain"), not a thing to come ("due to start 3/1")."""
    hypothetical = [m for m in ent._.modifiers if m.category == "HYPOTHETICAL"]
    return bool(hypothetical) and all(_cause(ent.doc, m.modifier_span) for m in hypothetical)


def untolerated_exam(before: str) -> bool:
    """True when the text just before an exam finding says the patient could not tolerate it."""
    return bool(_UNTOLERATED_BEFORE.search(before))


#: An inability or a task left undone: "unable to (complete)", "could not", "did not finish".
_INABILITY = lazy_re.compile(
    r"\b(?:unable|not\s+able|could|couldn'?t|can\s*not|cannot|can'?t|"
    r"(?:did\s*not|didn'?t|not)\s+(?:complete|completed|finish|finished|tolerate))\b",
    re.IGNORECASE,
)
#: The cause named after what was not done, the finding in it: "... 6MWT due to dyspnea",
#: "... stopped at 2 min d/t SOB and chest tightness"; words stand between the inability and
#: the cause word ("not due to dyspnea" denies), and no denial between the cause and the finding.
_CAUSE_BEFORE = lazy_re.compile(
    r"^[^.;]*?\w[^.;]*?\b(?:due\s+to|d/t|because\s+of|secondary\s+to|2/2|b/c\s+of)\s+"
    r"(?:(?!(?:no|not|denies|denied|without|never)\b)[^.;]){0,30}$",
    re.IGNORECASE,
)


def cause_of_inability(ent: Any) -> bool:
    """True when ``ent`` is denied only by an inability before it whose cause it is: "unable to
    complete 6MWT due to dyspnea" (ConText's "could" of "could not": :func:`could_of_could_not`)."""
    text = ent.doc.text
    denials = [ent.doc[slice(*m.modifier_span)] for m in ent._.modifiers
               if m.category == "NEGATED_EXISTENCE"]  # fmt: skip
    return bool(denials) and all(
        span.end_char <= ent.start_char
        and _INABILITY.search(text[max(0, span.start_char - 7) : span.end_char + 12])
        and _CAUSE_BEFORE.match(text[span.end_char : ent.start_char])
        for span in denials
    )


def could_of_could_not(ent: Any) -> bool:
    """True when every SPECULATIVE modifier of ``ent`` is the "could" of "could not": no doubt."""
    could = [ent.doc[slice(*m.modifier_span)] for m in ent._.modifiers
             if m.category == "SPECULATIVE"]  # fmt: skip
    return all(
        span.text.lower() == "could"
        and ent.doc.text[span.end_char :].lstrip().lower().startswith(("not", "n't", "n’t"))
        for span in could
    )
