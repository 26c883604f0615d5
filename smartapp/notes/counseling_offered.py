"""Genetic counseling named only as a service on offer is no counseling held.

GEN-002 asks for pre-test counseling by a genetic counselor or a physician trained in genetics
(Anthem CG-GENE-16): a visit had. A medical assistant's phone note "Reminded of genetics clinic
number if she changes her mind." was read as that counseling (blind wave 101, NX/genetic-02: the
patient had declined the referral, and her gynecologist would "refer to genetics if positive"),
as the genetic-counseling target takes any mention of the service not told as planned, booked,
declined or not done. The service is named, but only as:

- where to reach it: its number, phone, contact details, handout or website ("Genetics clinic
  phone number given", "Gave pt genetic counseling phone #", "number for cancer genetics",
  "knows how to reach genetics clinic", "Reminded of genetics clinic ...");
- an offer that waits on the patient or the result ("... if she changes her mind", "in case she
  reconsiders", "should she wish", "Post-test genetic counseling if positive");
- put off ("Genetic counseling deferred to result visit", "pt deferred genetic counseling").

A statement whose every naming of the service is such, with no counseling told by its verb or
a visit with someone ("seen by", "met with", "I saw"), is made planned. Kept: a naming told as
held beside it ("Pre-test counseling completed by GC (Jane Doe, MS, CGC) 2/20; GC number given
for questions"), a dated visit ("Genetic counseling visit 2/20: discussed ..."), and the
orderer's words (counseling_referred.py judges those).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .clause_spans import clause_end, clause_start
from .model import NoteFinding

_CONCEPT = "genetic-counseling"
#: The statement around a finding: a sentence, a clause after ";", a line.
_BREAKS = lazy_re.compile(r"[.;\n]")
#: The service named: "genetic counseling", "genetic counselor('s)", "(cancer) genetics clinic",
#: "genetics", "pre-test counseling", "GC".
_SERVICE = lazy_re.compile(
    r"\b(?:(?:pre-?test|cancer|hereditary|clinical|medical|formal)\s+){0,2}"
    r"(?:genetic\s+counsel\w*|genetics?\s+(?:clinic|counsel\w*|consult\w*|team|office|dep(?:artmen)?t)|"
    r"genetics\b|pre-?test\s+counsel\w*|gc\b)(?:'s)?",
    re.IGNORECASE,
)
#: The service's number, phone, contact details or printed matter ("phone #", "contact info").
_CONTACT = (
    r"(?:(?:phone|telephone|tel|contact|office|direct|intake|scheduling|main)\s+)?"
    r"(?:(?:numbers?|phone|line|contact(?:\s+info\w*)?|info(?:rmation)?|handout|brochure|"
    r"pamphlet|leaflet|flyer|website|web\s*site|card|address|e-?mail|hotline)\b|#|no\.)"
)
#: Where to reach the service, after its name ("genetics clinic number"; not a heading,
#: "Genetic counseling information:").
_CONTACT_AFTER = lazy_re.compile(r"\s*" + _CONTACT + r"(?!\s*:)", re.IGNORECASE)
#: ... or before it ("number for cancer genetics", "how to reach genetics clinic", "reminded
#: of ...", "may call genetics").
_CONTACT_BEFORE = lazy_re.compile(
    r"(?:(?<![\w#])" + _CONTACT + r"\s+(?:for|of|to)|"
    r"\bhow\s+to\s+(?:reach|contact|call|get\s+in\s+touch\s+with|schedule\s+with)|\bremind\w*(?:\s+\w+){0,2}?\s+(?:of|about)|"
    r"\b(?:may|can|could|free\s+to|welcome\s+to)\s+(?:call|contact|reach|self-?refer\s+to))"
    r"\s+(?:the\s+|our\s+)?$",
    re.IGNORECASE,
)
#: Words that tell the service held; a condition after the name does not reach past them
#: ("Genetic counseling completed today, will call if questions"), nor past a date or a colon.
_HELD_WORD = (
    r"(?:completed?|done|provided|performed|given|seen|held|today|obtained|reviewed|conducted)"
)
#: An offer on the patient's choice or the result, close after the name ("genetics clinic
#: available if she changes her mind", "genetic counseling if BRCA positive").
_CONDITION_AFTER = lazy_re.compile(
    r"(?:\s+(?!" + _HELD_WORD + r"\b)[A-Za-z'#-]+){0,4}?\s+(?:only\s+)?"
    r"(?:if|unless|in\s+case|should\s+(?:she|he|they|pt|patient))\b",
    re.IGNORECASE,
)
#: Put off, after its name or before it ("GC deferred to result visit", "pt deferred genetic
#: counseling"); not testing put off until after it ("deferred testing until after GC").
_DEFERRED_AFTER = lazy_re.compile(
    r"\s*[:\-]?\s*(?:(?:was|is|has\s+been|will\s+be|to\s+be|being)\s+)?"
    r"(?:deferred|postponed|put\s+off|held\s+off|on\s+hold|delayed)\b",
    re.IGNORECASE,
)
_DEFERRED_BEFORE = lazy_re.compile(
    r"\b(?:defer\w*|postpon\w*|hold(?:ing)?\s+off\s+on|put(?:ting)?\s+off|delay\w*)"
    r"(?:\s+(?!(?:after|until|till|following|pending|post)\b)[\w'-]+){0,2}?\s+$",
    re.IGNORECASE,
)
#: Counseling told by its verb or a visit with someone: judged by the targets and
#: counseling_referred.py, not here.
_TOLD_HELD = lazy_re.compile(
    r"\bcounsell?ed\b|\b(?:seen|met|evaluated)\s+(?:by|with|w/)|\b(?:i|we)\s+(?:saw|met)\b",
    re.IGNORECASE,
)


def counseling_offered(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` of the note ``text``, genetic counseling whose statement names the service
    only by where to reach it, as an offer on a condition, or as put off, made planned."""
    return [replace(f, planned=True) if _only_offered(text, f) else f for f in findings]


def _only_offered(text: str, finding: NoteFinding) -> bool:
    """Whether ``finding`` is counseling whose statement names the service, never as held."""
    if finding.concept != _CONCEPT or finding.planned:
        return False
    low = clause_start(text, finding.start, _BREAKS)
    high = max(finding.end, clause_end(text, finding.start, _BREAKS))
    statement = text[low:high]
    if _TOLD_HELD.search(statement):
        return False
    named = list(_SERVICE.finditer(statement))
    return bool(named) and all(_not_held(statement, m) for m in named)


def _not_held(statement: str, named: re.Match[str]) -> bool:
    """Whether the service ``named`` in ``statement`` is where to reach it, an offer on a
    condition, or put off."""
    before, after = statement[: named.start()], statement[named.end() :]
    return bool(
        _CONTACT_AFTER.match(after)
        or _CONTACT_BEFORE.search(before)
        or _CONDITION_AFTER.match(after)
        or _DEFERRED_AFTER.match(after)
        or _DEFERRED_BEFORE.search(before)
    )
