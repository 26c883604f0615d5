"""Care that the next sentence says never happened was not had.

Clinicians write the care and then, as an afterthought, that it never began: "Referred to PT
2/1. Never went.", "PT ordered in March. Did not attend.", "Given meloxicam 3/2026. Never filled
it.", "Home exercise program given; not doing it." ConText's denial stops at the sentence's end
and cues.never_begun reads only the referral's own sentence, so the care read as a course had,
and a payer's "six weeks of conservative care" as met by a course that never started. A short
clause that opens its sentence (or follows a comma, "but", a dash or a line break in the same
paragraph) with nothing but a never-begun verb, its pronoun and a reason denies the care named
last before it that the verb fits: going or attending fits a therapy, a shot or a program;
filling or taking fits a drug; starting, trying or doing fits any. Not when the care's own
sentence says it was had ("completed", "8 visits"), nor when the denial says it was had and
stopped ("never went back", "not doing it regularly", "did not help"), nor when what follows
says it began later ("then started PT in May").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .model import CARE_CATEGORIES, NoteFinding

#: Care by its kind: what the patient goes to, and what the patient fills and takes.
_ATTENDED = frozenset(
    {
        "physical-therapy", "occupational-therapy", "chiropractic", "acupuncture",
        "pulmonary-rehab", "work-therapy", "corticosteroid-injection", "epidural-injection",
        "viscosupplementation", "weight-loss",
    }
)  # fmt: skip
_PILLS = frozenset(
    {
        "nsaid", "analgesic", "muscle-relaxant", "oral-steroid", "bronchodilator", "diuretic",
        "disease-treatment",
    }
)  # fmt: skip
#: Findings in a care category that are an outcome of care, not care that may not have begun.
_OUTCOMES = frozenset(
    {"inadequate-response", "intolerance", "steroid-injection-response", "failed-cpap"}
)

_GO = (
    r"(?:went|go|gone|attended|attend|show(?:ed)?\s+up|scheduled|schedule|called(?:\s+to\s+"
    r"schedule)?|call(?:\s+to\s+schedule)?|made\s+it|followed\s+through|follow\s+through)"
)
_FILL = r"(?:filled|fill|picked\s+(?:it\s+|them\s+)?up|pick\s+(?:it\s+|them\s+)?up|took|take|taken)"
_ANY = r"(?:started|start|begun|began|begin|tried|try|did|do|done|doing|used|use|wore|worn|wear)"
_NOT = (
    r"(?:never(?:\s+actually)?|(?:did|has|have|had|is|was)\s+not|(?:did|has|have|had|is|was)n'?t|"
    r"has\s+yet\s+to|have\s+yet\s+to)\s+(?:yet\s+)?(?:been\s+)?"
)
#: What the verb may take: a pronoun, the care by a generic word, or where the patient went.
_OBJECT = (
    r"(?:\s+(?:it|them|this|that|these|those|any|either|any\s+of\s+them|"
    r"(?:the|his|her|their|any)\s+(?:\w+\s+)?(?:appointments?|appts?|sessions?|visits?|referral|"
    r"eval(?:uation)?|rx|prescription|script|med(?:ication)?s?|pills?|exercises?|program|"
    r"programme|hep|therapy|injections?|shots?)|to\s+(?:it|them|any(?:\s+of\s+them)?|therapy|"
    r"pt|physio|appointments?|appts?|sessions?|visits?|(?:the|his|her|their|any)\s+(?:\w+\s+)?"
    r"(?:appointments?|appts?|sessions?|visits?|evaluation|eval|therapy|clinic|pharmacy)))\b)?"
)
#: Why, after the denial: "(cost)", "due to copay", "- no transportation".
_REASON = (
    r"(?:\s*\([^()\n]{0,60}\)|,?\s+(?:due\s+to|d/t|because|b/c|secondary\s+to|2/2)\b[^.;\n]{0,60}"
    r"|\s*[-\u2013\u2014:]\s*[^.;\n]{0,60})?"
)
_SUBJECT = (
    r"(?:(?:but|however|and|yet|unfortunately|apparently|reportedly)\b,?\s+)?"
    r"(?:(?:the\s+)?(?:pt|patient|she|he|they)\s+)?"
    # ... or as the patient tells it: "States she never went", "Pt admits he never filled it".
    r"(?:(?:states|reports|says|admits|endorses)\s+(?:that\s+)?(?:(?:she|he|they)\s+)?)?"
)
_DENIAL = lazy_re.compile(
    _SUBJECT
    + r"(?:" + _NOT + r"(?P<verb>" + _GO + "|" + _FILL + "|" + _ANY + r")"
    + r"|not\s+(?:yet\s+)?(?P<state>started|begun|attended|filled|scheduled|doing|done|tried))"
    + _OBJECT + r"(?:\s+yet)?" + _REASON + r"\s*(?=[.!?;,]|\n|$)",
    re.IGNORECASE,
)
#: Where a denial may open: a sentence's end, a semicolon, a comma, "but", a dash, a line break.
_OPENING = lazy_re.compile(r"(?:[.!?;]|,|\s[-\u2013\u2014])\s+|\s+but\s+|\n(?!\s*\n)\s*")
#: Words that say the denied care was had and left, or only partly kept up: "never went back",
#: "not doing it regularly", "did not help", "hasn't gone since March".
_HAD_AND_LEFT = lazy_re.compile(
    r"\b(?:back|again|anymore|any\s+more|more|after|since|regularly|consistently|daily|often|"
    r"as\s+(?:prescribed|directed|instructed)|help\w*|benefit|relief|stopped|completed|"
    r"finished|restart\w*|resum\w*|\d+\s*(?:visits?|sessions?|treatments?))\b",
    re.IGNORECASE,
)
#: Words in the care's own sentence that say it was had: "Completed 6 wks PT", "PT x 8 visits".
_HAD = lazy_re.compile(
    r"\b(?:completed|attended|finished|failed|took|taking|tried|trial|helped|relief|benefit|done|"
    r"did(?!\s*n[o']?t)|"
    r"stopped|discontinued|(?:x\s*)?\d+\s*(?:visits?|sessions?|treatments?))\b",
    re.IGNORECASE,
)
#: ... or after it: "Never went. Then started PT in May with another clinic."
_LATER_BEGUN = lazy_re.compile(
    r"[^\n]{0,120}?\b(?:later|then|eventually|subsequently|finally|since)\b[^.\n]{0,40}?"
    r"\b(?:started|went|attended|did|completed|began|resumed|filled|took|had)\b",
    re.IGNORECASE,
)
#: Where the clause the denial answers opens: a sentence's end, a semicolon or a line break.
_SENTENCE_START = lazy_re.compile(r"(?:[.!?]\s|;|\n)(?!.*(?:[.!?]\s|;|\n))", re.DOTALL)
#: Another referral named after the care, which the denial then speaks of: "PT 1/5-2/20, no
#: better, referred to pain mgmt but never scheduled"; not "PT referral placed 2/1".
_ANOTHER_REFERRAL = lazy_re.compile(
    r"\b(?:referred|referral|refer|sent|ordered|consult\w*|scheduled)\s+(?:to|with|for(?!\s+\d))\b",
    re.IGNORECASE,
)


def _fits(concept: str, verb: str) -> bool:
    """Whether the never-begun verb can be said of the care: "went" of a therapy, "filled" of
    a drug, "started" of any."""
    verb = verb.lower()
    if re.fullmatch(_GO, verb, re.IGNORECASE):
        return concept in _ATTENDED
    if re.fullmatch(_FILL, verb, re.IGNORECASE):
        return concept in _PILLS or (concept not in _ATTENDED and concept not in _KEPT_UP)
    return True


#: Care the patient keeps up at home rather than goes to or swallows.
_KEPT_UP = frozenset(
    {"home-exercise", "activity-modification", "bracing", "assistive-device", "heat-ice", "tens"}
)


def denied_next(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each care a following clause says never began (module doc) denied."""
    care = sorted(
        (f for f in findings if f.category in CARE_CATEGORIES and f.concept not in _OUTCOMES
         and not f.negated and not f.family),
        key=lambda f: f.start,
    )  # fmt: skip
    if not care:
        return list(findings)
    # Care the denial itself names, denied or not: "Ibuprofen x 4 wks; PT not yet tried." is the
    # PT's own denial (its ConText "not" already negated it), not "pt" denying the ibuprofen
    # (brief s72-a).
    named = [f.start for f in findings if f.category in CARE_CATEGORIES]
    denied: set[tuple[str, int]] = set()
    for opening in _OPENING.finditer(text):
        denial = _DENIAL.match(text, opening.end())
        if denial is None or _HAD_AND_LEFT.search(denial.group()):
            continue
        if any(denial.start() <= at < denial.end() for at in named):
            continue  # "Did PT. Did not do the HEP": the care the denial names is its own
        if _LATER_BEGUN.match(text, denial.end()):
            continue
        verb = denial.group("verb") or denial.group("state")
        target = _antecedent(text, opening.start(), care, verb)
        if target is not None:
            denied |= {(f.concept, f.start) for f in target}
    if not denied:
        return list(findings)
    return [replace(f, negated=True) if (f.concept, f.start) in denied else f for f in findings]


def _antecedent(
    text: str, at: int, care: Sequence[NoteFinding], verb: str
) -> list[NoteFinding] | None:
    """The care a denial opening at ``at`` speaks of: the last the verb fits in the sentence or
    line just before, with nothing there saying it was had; with every other naming of that
    care in the sentence."""
    start = _SENTENCE_START.search(text, max(0, at - 240), at)
    low = start.end() if start else max(0, at - 240)
    before = [f for f in care if low <= f.start and f.end <= at]
    fitting = [f for f in before if _fits(f.concept, verb)]
    if not fitting:
        return None
    last = fitting[-1]
    if _HAD.search(text[low:at]):
        return None  # "Did 6 wks PT; not doing it now": had, then stopped
    if _ANOTHER_REFERRAL.search(text, last.end, at):
        return None  # "PT 1/5-2/20, referred to ortho. Never went.": the ortho
    return [f for f in before if f.concept == last.concept]
