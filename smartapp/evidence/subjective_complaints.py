"""A balance complaint the examiner calls subjective beside an exam that found nothing.

A walker's or wheelchair's functional item asks for a mobility limitation the record shows
(NCD 280.3). "Unsteadiness" is read as one, and usually is; but an assessment that writes
"A/P 1. unsteadiness - subjective, exam nl." (blind wave 103, OB/walker-03: normal gait, TUG 9.8 s,
no falls, a walker wanted by the spouse) marks the complaint as the patient's feeling only, which
the clinician's own exam did not bear out. Both halves are the examiner's, in the complaint's own
statement or line: the word "subjective" on the complaint ("unsteadiness - subjective",
"subjective imbalance", "unsteady gait, subjective only") and an exam found normal ("exam nl",
"neuro exam normal", "PE unremarkable", "gait normal", "not reproduced on exam"). The same
contrast written as "no objective deficit", or a balance test scored well, is
``score_bands.balance_tested_well``.

Still a limitation: a complaint not called subjective ("unsteady gait, exam nl": terse, and the
exam may be of something else), one the exam found ("subjective unsteadiness, exam: wide-based
gait", "exam nl except Romberg +"), one denied to be subjective ("not subjective"), a SOAP
"Subjective:" header (the section, not the examiner's verdict), an exam of another organ
("cardiac exam nl"), and falls, which are events and read on their own.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: What a balance or gait exam answers: the complaint felt (the walking-limitation words).
_BALANCE = lazy_re.compile(
    r"\b(?:unstead\w*|imbalance|off[- ]balance|wobbl\w*|(?:poor|impaired)\s+balance|"
    r"balance\s+(?:problems?|issues?|deficits?)|gait\s+instability|loss\s+of\s+balance)\b",
    re.IGNORECASE,
)
#: "Subjective" written right before the complaint as its adjective ("mild subjective
#: unsteadiness"); a header's colon ("Subjective: unsteadiness") is the SOAP section, not this.
_SUBJECTIVE_BEFORE = lazy_re.compile(
    r"\bsubj(?:ective)?\.?\s+(?:(?:mild|slight|some|intermittent|occasional)\s+)?$", re.IGNORECASE
)
#: ... or right after it, set off or predicated: "unsteadiness - subjective", "unsteadiness on
#: feet, subjective", "imbalance is purely subjective", "(subjective)". Not "subjective and
#: objective", nor "not subjective" (no room for a "not" before the word).
_SUBJECTIVE_AFTER = lazy_re.compile(
    r"^\s*(?:on\s+(?:(?:her|his|their)\s+)?feet\s*)?"
    r"(?:[-\u2013\u2014:,(]\s*|(?:is|was|seems|appears|felt\s+to\s+be)\s+)"
    r"(?:(?:purely|only|mostly|largely|entirely|likely|probably)\s+)?subj(?:ective)?\b"
    r"(?!\.?\s*(?:and|&|/|\+)\s*obj)",
    re.IGNORECASE,
)
#: An exam of gait, balance or the whole patient found normal, not one with an exception
#: ("exam nl except Romberg +") and not another organ's ("cardiac exam nl": only the allowed
#: words, or none, before "exam").
_NO_EXCEPTION = r"(?!\s*(?:except|other\s+than|apart\s+from|but|save|aside|besides))"
_NORMAL = r"(?:nl|normal|wnl|within\s+normal\s+limits|unremarkable|benign|reassuring|non-?focal)"
_EXAMS = r"(?:gait|neuro(?:logic(?:al)?)?|balance|motor|physical|msk|musculoskeletal|objective)"
_NORMAL_EXAM = lazy_re.compile(
    rf"(?:^|[,;:(\-\u2013\u2014]|\b(?:and|otherwise|but|with)\b)\s*(?:{_EXAMS}\s+)?"
    rf"(?:exam(?:ination)?|pe|testing|findings?)\s*(?:is\s+|was\s+|:\s*)?{_NORMAL}\b{_NO_EXCEPTION}"
    rf"|\b{_NORMAL}\s+(?:{_EXAMS}\s+)?(?:exam(?:ination)?|pe|gait)\b{_NO_EXCEPTION}"
    rf"|\bgait\s*(?:is\s+|was\s+|:\s*)?(?:{_NORMAL}|steady|stable)\b{_NO_EXCEPTION}"
    r"|\bnot\s+(?:reproduced|reproducible|observed|seen|demonstrated|evident|elicited|found)\s+"
    r"(?:on|during|in|at)\s+(?:(?:the|today'?s|my|this)\s+)?(?:exam(?:ination)?|testing|visit)\b",
    re.IGNORECASE,
)


def called_subjective(text: str, start: int, end: int, line: str = "") -> bool:
    """Whether the balance complaint at [start, end) of the statement ``text`` is one the
    examiner calls subjective while its statement (or its ``line``) finds the exam normal."""
    if not _BALANCE.search(text[start:end]):
        return False
    if not (_SUBJECTIVE_BEFORE.search(text[:start]) or _SUBJECTIVE_AFTER.match(text[end:])):
        return False
    return any(_NORMAL_EXAM.search(part) for part in (text[end:], line) if part)

