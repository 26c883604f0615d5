"""A capitalised "May" that names an injection given that month, not the modal verb.

ConText's SPECULATIVE "may" (context.yaml) makes "May consider ESI" an option left open, and
finding_flags / regex_target_hypothetical already read the month after a word that dates it
("the May shot", "in May"). A phone note drops that word: "Says May shot gave 60% relief until
about September (4 mo)" (blind wave 103, OE/ipn-03) read as an option left open, so a repeat
epidural's prior response was none. The modal is followed by a verb ("May consider ESI",
"may need RFA", "may trial gabapentin"), never by a procedure's name and then a past-tense
verb telling what it did: "May shot gave", "May L5 TFESI helped", "May MBB provided". Only that
shape is the month here; "May ESI help?" or "may repeat ESI" stay the verb.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: A procedure named as the thing given (optionally with its side and level) ...
_PROCEDURE = (
    r"\s+(?:(?:[RLB]|rt|lt|left|right|bilat(?:eral)?|[CTLS]\d{1,2}(?:\s*[-/]\s*[CTLS]?\d{1,2})?)"
    r",?\s+){0,3}"
    r"(?:shots?|injections?|inj|esis?|tfesis?|lesis?|ilesis?|cesis?|epidurals?|blocks?|mbbs?|"
    r"rfa|ablation|procedure|infusion)"
)
#: ... then a verb in the past telling what it did.
_DID = (
    r"\s+(?:gave|helped|provided|lasted|relieved|reduced|worked|brought|achieved|resulted|was|"
    r"did|had|held|improved|eased)\b"
)
#: Used as a lookahead right after "may".
MAY_EVENT_AFTER = _PROCEDURE + _DID
#: The same, read in the text before a regex target, which may itself be what the procedure did
#: ("May R L5 TFESI" before the target "helped ~70%"): the procedure ends that text.
MAY_EVENT_BEFORE_TARGET = _PROCEDURE + r"(?:" + _DID + r"|\s*$)"
_EVENT_AFTER = (
    r"\s+(?:(?:[RLB]|rt|lt|left|right|bilat(?:eral)?|[CTLS]\d{1,2}(?:\s*[-/]\s*[CTLS]?\d{1,2})?)"
    r",?\s+){0,3}"
    r"(?:shots?|injections?|inj|esis?|tfesis?|lesis?|ilesis?|cesis?|epidurals?|blocks?|mbbs?|"
    r"rfa|ablation|procedure|infusion)\s+"
    r"(?:gave|helped|provided|lasted|relieved|reduced|worked|brought|achieved|resulted|was|did|"
    r"had|held|improved|eased)\b"
)
_EVENT_AFTER = lazy_re.compile(MAY_EVENT_AFTER, re.IGNORECASE)


def may_names_event(text: str, end: int) -> bool:
    """Whether the "may" ending at ``end`` in ``text`` is followed by a procedure and what it
    did ("May shot gave 60% relief"): the month it was given (module doc)."""
    return bool(_EVENT_AFTER.match(text, end))


__all__ = ["MAY_EVENT_AFTER", "MAY_EVENT_BEFORE_TARGET", "may_names_event"]
