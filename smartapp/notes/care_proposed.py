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

A visit note tells the same talk in plain words: "we talked about starting Lantus in April but
she didn't want shots yet", "Spoke with her about glargine", "Went over bedtime NPH", "Glargine
was brought up" (blind wave 64, IC/dme-cgm-02, beside a glargine order cancelled because the
patient declined); and the patient's own putting off, right before the drug: "doesn't want
insulin yet", "holding off on Toujeo", "reluctant re insulin" (label_refused.REFUSAL's words,
with the hesitation a visit writes). Not "her Lantus dose" talked over, nor "was reluctant but
started glargine 3/2".
"""

from __future__ import annotations

import re

from .label_refused import REFUSAL

#: Who a talk is held with: "talked w/ pt about", "spoke with her about".
_WITH = r"(?:\s+(?:with|w/|to)\s+(?:the\s+)?(?:pt|patient|her|him|them|family|parents?))?"
_PROPOSE = (
    r"(?:offer(?:ed|ing)?|recommend(?:ed|s)?|suggest(?:ed|s)?|propos(?:ed|es?)|"
    r"discuss(?:ed|ing)?|advis(?:ed|es?)|considered|"
    rf"(?:talked|talking|spoke|spoken){_WITH}\s+(?:about|abt|over|re:?)|"
    r"went\s+over|brought\s+up|raised)"
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
#: Words between the talk and the drug that make it one in use: "talked about her Lantus dose".
_OWN = r"(?!(?:her|his|their|current|usual|home)\b)"
#: The drug said to be in use right before it: "on Lantus discussed ..." is no proposal.
_IN_USE_BEFORE = re.compile(r"\b(?:on|taking|uses?|using)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

#: What of a drug in use is talked over, right after it: "Humalog technique", "Lantus dose".
_OF_A_DRUG_USED = re.compile(rf"^\s*(?:\d+\s*(?:u|units?)\s+)?{_OF_A_DRUG_IN_USE}\b", re.I)

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
    rf"(?:a\s+)?course of)\s+)?(?:{_OWN}[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
#: The patient putting it off, right before it: "doesn't want insulin yet", "holding off on
#: Toujeo", "pt reluctant re insulin", "not ready for shots of glargine".
_PUT_OFF = re.compile(
    rf"(?:{REFUSAL.pattern}|\b(?:reluctant|hesitant|not\s+ready)\b)"
    r"(?:\s+(?:re:?|about|to|for|on|with))?"
    r"(?:\s+(?:start|starting|take|taking|try|trying|begin|beginning|use|using))?\s+"
    # ... not one taken after all, or one in use: "doesn't want to keep taking insulin".
    r"(?:(?!(?:but|yet|then|now|started|began|takes|and|keep|continue|continuing|stop|"
    r"stopping|increase|increasing|more|higher)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def only_proposed(text: str, start: int, end: int) -> bool:
    """Whether the care at [start, end) of ``text`` is only offered, recommended or discussed."""
    after = text[end : end + 80]
    before = text[max(0, start - 50) : start]
    if _AFTER.match(after) and not _IN_USE_BEFORE.search(before):
        return True
    if _OF_A_DRUG_USED.match(after):
        return False  # "went over Humalog technique", "talked about her Lantus dose"
    said = _BEFORE.search(before) or _PUT_OFF.search(before)
    return bool(said and re.match(_TAKEN_UP, after, re.IGNORECASE))
