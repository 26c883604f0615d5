"""The ordering clinician's few words on hereditary risk are no genetic counseling when the same
note sends the patient on for it.

"Counseled briefly re: hereditary cancer risk; referral to genetics for formal counseling" was
read as the pre-test counseling GEN-002 asks for (noticed at stop 52 beside HN/gen-02, a gap
called met): the note itself says that counseling, by a genetic counselor or a physician trained
in genetics (Anthem CG-GENE-16), is still to come. Counseling told by its verb alone ("Counseled
re BRCA testing", "Brief counseling re ...") is set aside when the note, at or after it, refers
the patient to genetics or genetic counseling ("referral to genetics", "refer GC", "ref to
genetic counselor", "formal genetic counseling referral sent").

Kept: counseling a genetics professional is named as giving ("Seen by genetic counselor 3/2",
"... completed by LCGC", "(genetic counselor visit 2/10)"); a referral for the results visit
after it ("refer to genetics for post-test results review"); a referral that brought the patient
("referred to cancer genetics by Dr. Lee", "Thank you for referring ...": the counselor's own
note); a referral elsewhere ("Referred to breast surgery").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .model import NoteFinding

_CONCEPT = "genetic-counseling"
#: Counseling told by its verb: "Counseled briefly re: ...", "Pt counseled re ...", "Brief
#: counseling re ...", "Discussed hereditary cancer risk and counseled re BRCA testing".
_VERB = lazy_re.compile(r"\bcounsell?(?:ed|ing)\b", re.IGNORECASE)
#: A genetics professional named as the giver, or the visit with one.
_PROFESSIONAL = lazy_re.compile(
    r"\bgenetic\s+counsell?ors?\b|\bgenetics?\s+(?:clinic|team|consult\w*|counsell?ors?)\b|"
    r"\b(?:l?cgc|lgc|gc|geneticist|medical\s+genetics)\b|\b(?:seen|met|evaluated)\s+(?:by|with)\b",
    re.IGNORECASE,
)
_GENETICS = (
    r"(?:(?:formal|full|pre-?test|cancer|hereditary|clinical)\s+){0,2}"
    r"(?:genetic\s+counsel\w*|genetics?\b|gc\b)"
)
#: A referral onward for the counseling: "referral to genetics for formal counseling", "will
#: refer to genetics", "refer GC", "ref to genetic counselor", "genetics referral", "formal
#: genetic counseling referral sent". Not one that brought the patient ("referred ... by Dr.",
#: "was referred", "thank you for referring", "reason for referral"), nor one for results.
_REFERRAL = lazy_re.compile(
    r"(?<!was\s)(?<!were\s)(?<!for\s)\b(?:refer(?:ral|red|ring)?|ref)\b"
    r"(?:\s+(?:placed|sent|made|pt|patient|her|him|them|to|for|the|a))*\s+"
    + _GENETICS
    + r"|\b"
    + _GENETICS
    + r"\s+(?:referral|ref)\b",
    re.IGNORECASE,
)
#: What makes a referral not one for the counseling: who sent the patient, or the results.
_NOT_ONWARD = lazy_re.compile(
    r"^[^.;\n]{0,60}?\b(?:by\s+(?:dr|her|his|the|pcp|oncolog\w*)|results?|post-?test)\b",
    re.IGNORECASE,
)


def counseling_referred(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` of the note ``text``, counseling told by its verb alone made planned when
    the note refers the patient on for genetic counseling at or after it."""
    if not any(f.concept == _CONCEPT for f in findings):
        return list(findings)
    onward = [m.start() for m in _REFERRAL.finditer(text) if not _NOT_ONWARD.match(text, m.end())]
    if not onward:
        return list(findings)
    return [
        replace(f, planned=True) if _orderers_words(f) and onward[-1] >= f.start else f
        for f in findings
    ]


def _orderers_words(finding: NoteFinding) -> bool:
    """Whether ``finding`` is counseling told by its verb with no genetics professional named
    as its giver, or is itself the referral ("ref to genetic counselor")."""
    if finding.concept != _CONCEPT or finding.planned:
        return False
    if _REFERRAL.match(finding.text.lstrip()):
        return True
    told = _REFERRAL.sub(" ", finding.text)  # "..., refer GC for formal session": not its giver
    return bool(_VERB.search(told)) and not _PROFESSIONAL.search(told)
