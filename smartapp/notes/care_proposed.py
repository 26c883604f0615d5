"""Care only proposed to the patient, told around a regex-matched drug or treatment.

A clinician offers, recommends or talks over a treatment in many words and orders: "Trial of
insulin offered", "Basal insulin recommended; pt wants diet first", "Lantus was suggested by
endo", "Insulin initiation proposed", "Recommend starting glargine", "Advised insulin, pt not
ready". None is the treatment taken (blind wave 57, HG/cgm-02: "Discussed basal insulin - pt
declines ... Trial of insulin offered." met CGM-001's insulin treatment). spaCy-matched care
reads the word after it in flag_corrections.py (``not_evidence.OFFERED_AFTER``); a regex target
reads both sides here. Not an offer the clause says was taken up ("offered in Jan, started
3/2026"), nor the dose or technique of a drug in use talked over ("Lantus titration
discussed", "On Lantus 20 u, recommended increase by 2 u").
"""

from __future__ import annotations

import re

_PROPOSE = (
    r"(?:offer(?:ed)?|recommend(?:ed|s)?|suggest(?:ed|s)?|propos(?:ed|es?)|discuss(?:ed)?|"
    r"advis(?:ed|es?)|considered)"
)
#: Words that say the proposal was taken up, in the rest of the statement.
_TAKEN_UP = (
    r"(?![^.;]*\b(?:started|began|begun|took|taking|tried|accepted|agreed|initiated|now on)\b)"
)
#: What of a drug in use may be talked over without proposing the drug.
_OF_A_DRUG_IN_USE = (
    r"(?:dose|dosing|titrat\w*|adjust\w*|increas\w*|decreas\w*|reduc\w*|technique|sites?|"
    r"timing|side effects|storage|rotation|compliance|adherence)"
)
#: The drug said to be in use right before it: "on Lantus discussed ..." is no proposal.
_IN_USE_BEFORE = re.compile(r"\b(?:on|taking|uses?|using)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

#: The proposal written after the drug, in the same clause: "insulin (trial) offered", "Glargine
#: 10 u qHS was offered", "Insulin initiation proposed at last visit".
_AFTER = re.compile(
    rf"^(?:(?!\b{_OF_A_DRUG_IN_USE}\b)[^.;,:\n]){{0,25}}?"
    rf"(?:\s*[-–]\s*)?\b(?:(?:was|were|is|has been|had been)\s+)?{_PROPOSE}\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:relief|benefit|improvement|help|response)\b)" + _TAKEN_UP,
    re.IGNORECASE,
)
#: The proposal written before it: "Recommend starting basal insulin", "Advised insulin".
_BEFORE = re.compile(
    rf"\b(?:{_PROPOSE}|i (?:would )?recommend|we recommend)\s+(?!that\b)"
    r"(?:(?:starting|initiating|adding|beginning|trying|switching to|(?:a\s+)?trial of|"
    r"(?:a\s+)?course of)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def only_proposed(text: str, start: int, end: int) -> bool:
    """Whether the care at [start, end) of ``text`` is only offered, recommended or discussed."""
    after = text[end : end + 80]
    before = text[max(0, start - 50) : start]
    if _AFTER.match(after) and not _IN_USE_BEFORE.search(before):
        return True
    return bool(_BEFORE.search(before) and re.match(_TAKEN_UP, after, re.IGNORECASE))
