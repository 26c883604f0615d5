"""Whose finding it is: a relative's own score or drug, and an item the note gives to someone else.

Blind wave 86 (brief s74-i): "Older brother (age 8) also has language delay - his CELF-5 CLS was
72 last year" met a child's standardized scores with the brother's (LQ/slt-03), and "Allergies
reviewed: 'insulin' listed by prior office - pt says that was her sister's, never on insulin"
met insulin treatment (LR/cgm-02). Two readings, each a function of one statement:

* ``relatives_own``: a target after a possessive pronoun ("his", "her") that refers back to a
  relative who is the subject of its own clause in the same sentence ("brother has ...; his
  ...", "Sister takes insulin - her A1c ..."), the pronoun of the relative's sex. Not a relative
  who only tells ("Mother says his CELF-5 CLS was 72": the patient's), nor a pronoun of the other
  sex ("Brother has delays; her CELF-5 ...": the patient's).
* ``given_away_spans``: the words before a remark that they were someone else's or are
  listed in error ("'insulin' listed - pt says that was her sister's", "belongs to her
  husband", "insulin listed in error"): those words are no evidence (read as retracted).
"""

from __future__ import annotations

import re

from .. import lazy_re
from .cues import RELATIVE

_MALE = (
    r"(?:husband|father|dad|son|brother|grandfather|grandpa|grandson|uncle|nephew|stepfather|"
    r"boyfriend)"
)
_FEMALE = (
    r"(?:wife|mother|mom|mum|daughter|sister|grandmother|grandma|granddaughter|aunt|niece|"
    r"stepmother|girlfriend)"
)
#: A relative who is the subject of a clause of their own ("Older brother (age 8) also has
#: language delay", "Sister is on insulin"), then, in the same sentence, a possessive pronoun.
#: The verbs are those a relative's own history takes; an informant's ("says", "reports") are
#: left out on purpose: what an informant tells is the patient's (cues.INFORMANT).
_OWN_CLAUSE = lazy_re.compile(
    r"\b(?:(?:older|younger|twin|big|little|baby|half-?|step-?)\s*)?"
    rf"(?P<who>{_MALE}|{_FEMALE})\b(?:\s*\([^()\n]{{0,40}}\))?\s+"
    r"(?:also\s+|too\s+)?(?:has|had|have|is|was|takes|took|uses|used|with|on|scored|tested)\b"
    r"[^.!?\n]*?\b(?P<pronoun>his|her)\s+$",
    re.IGNORECASE,
)
#: How far back the relative's clause may open.
_REACH = 160


def relatives_own(text: str, at: int) -> bool:
    """Whether the target at ``at`` of note ``text`` follows a pronoun that refers to a
    relative who is the subject of an earlier clause of the same sentence (a statement may end
    at the clause: the note is read back to the sentence)."""
    before = text[max(0, at - _REACH) : at]
    if before.rstrip()[-3:].lower() not in ("his", "her"):
        return False  # most targets: no pronoun right before, nothing to read back
    match = _OWN_CLAUSE.search(before)
    if not match:
        return False
    male = re.fullmatch(_MALE, match.group("who"), re.IGNORECASE) is not None
    return (match.group("pronoun").lower() == "his") == male


#: "that was her sister's", "it is her husband's", "belongs to her mother", "is for her son":
#: the item named before is someone else's; "listed in error", "entered in error" (without the
#: "was" not_evidence.RETRACTED asks for): it is nobody's.
_GIVEN_AWAY = lazy_re.compile(
    r"([^.;:()]{1,120}?)\s*[-,(\u2013\u2014]?\s*"
    r"(?:(?:(?:pt|patient|she|he)\s+(?:says|states|reports|clarifies|clarified|said|stated)\s+)?"
    r"(?:(?:that|it|this|these|they)\s+)?(?:was|were|is|are)\s+(?:actually\s+)?"
    rf"(?:(?:his|her|their|a|the)\s+)?(?:(?:pt|patient)['\u2019]s\s+)?{RELATIVE}['\u2019]s\b"
    # ... the possessive closing its clause: not "was her mother's biggest worry".
    r"(?![ \t]*[\w(])"
    rf"|(?:belongs?|belonged)\s+to\s+(?:(?:his|her|their|the)\s+)?{RELATIVE}\b"
    r"|(?:listed|entered|charted|recorded|added)\s+(?:\w+\s+){0,3}?in\s+error\b)",
    re.IGNORECASE,
)


def given_away_spans(text: str) -> list[tuple[int, int]]:
    """The spans of statement ``text`` that a remark after them gives to someone else, or says
    were listed in error."""
    return [(m.start(1), m.end(1)) for m in _GIVEN_AWAY.finditer(text)]
