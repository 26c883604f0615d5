"""A refusal that is the whole clause after a semicolon turns down the care named just before.

Statements are cut at ";", so "Steroid injection L knee; pt declined.", "Reconsidered steroid
injection; again declined." and "PT offered; pt declined" read the care in one statement and the
refusal, with nothing to fall on, in the next: the injection counted as had (a false "met" of a
payer's "failed steroid injection" or "six weeks of PT"). A reviewer reads the bare refusal as
turning down what the clause before it names. declined_again.py reads a refusal with a word of
repetition inside one statement; denied_next.py reads "never went" after the care; this module
reads a refusal standing alone after the semicolon: "; pt declined", "; declined", "; declines",
"; refused", "; pt refuses", "; declined again", "; not interested" (a reason in brackets, "for
now" or "at this time" may follow).

Only care, a plan or a test is turned down ("walking tolerance declined; uses cane" is a decline
in function and its refusal words come first), and only the care named last in the clause before
(all its mentions there). Not when the refusal names its own object ("CSI 3/2026 helped;
declined repeat": the bare pattern does not match), nor when the care's clause says it was had
("had CSI x2; declined.", "CSI helped; declined.", "completed PT; declines"): what is refused
then is another round.

"PT" as the refusal's subject may be the patient or physical therapy: "CSI L knee; PT declined"
turns down the injection as "; pt declined" does, where "Ibuprofen x 2 wks; PT declined" or
"Ibuprofen 800 tid; PT declined" (care had, or a drug in use at its dose) declines the therapy
(brief s90-noticed1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .declined_again import CATEGORIES
from .model import NoteFinding

#: Care named outside those categories that a patient may turn down (insulin for DM checklists,
#: counseling before a genetic test).
CARE_CONCEPTS = frozenset({"insulin-treated", "genetic-counseling", "nutrition-evaluation"})
#: Findings in those categories that are an outcome or a plan's frame, not care to turn down.
_NOT_CARE = frozenset(
    {
        "inadequate-response", "intolerance", "steroid-injection-response", "failed-cpap",
        "plan-section", "plan-statement", "outcome",
    }
)  # fmt: skip
#: The refusal as the whole clause: "pt declined", "again declined", "declines again",
#: "not interested", "refused (cost)", "declined for now".
_REFUSAL = lazy_re.compile(
    r";\s*(?:(?:but|and)\s+)?(?:(?:the\s+)?(?:pt\.?|patient|he|she|they|member)\s+)?"
    r"(?:(?:is|was)\s+)?(?:(?:again|still|once\s+again)\s+)?"
    r"(?:declined|declines|refused|refuses|not\s+interested)"
    r"(?:\s+(?:again|twice|x\s*\d|repeatedly|for\s+now|at\s+this\s+time|today))?"
    r"(?:\s*\([^()\n]{0,60}\))?\s*(?=[.;!?\n]|$)",
    re.IGNORECASE,
)
#: Where the care's clause opens: a sentence's end, another semicolon or a line break.
_CLAUSE_START = lazy_re.compile(r"(?:[.!?]\s|;|\n)(?!.*(?:[.!?]\s|;|\n))", re.DOTALL)
#: The care's clause tells it was had: the refusal is of another round ("had CSI x2; declined").
_HAD = lazy_re.compile(
    r"\b(?:had|has\s+had|s/p|status\s+post|received|underwent|got|given|completed|finished|"
    r"tried|failed|attended|helped|relief|benefit\w*|improved|tolerated|done|performed|"
    r"x\s*\d+|\d+\s*(?:visits?|sessions?|treatments?))\b",
    re.IGNORECASE,
)


def _refusable(finding: NoteFinding) -> bool:
    """Whether ``finding`` is care, a plan or a test a patient can turn down, read as so."""
    if finding.negated or finding.family or finding.concept in _NOT_CARE:
        return False
    return finding.category in CATEGORIES or finding.concept in CARE_CONCEPTS


#: A drug told with its dose or schedule is one in use: a "PT declined" after it is the therapy
#: declined beside it ("Ibuprofen 800 tid; PT declined."), not the patient refusing the drug.
_REGIMEN = lazy_re.compile(
    r"\b(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g|units?)|q\.?d|b\.?i\.?d|t\.?i\.?d|q\.?i\.?d|daily|"
    r"nightly|prn|q\s*\d+\s*h)\b",
    re.IGNORECASE,
)
#: The refusal's subject written "PT", as clinicians abbreviate the patient: "; PT declined".
_PT_SUBJECT = lazy_re.compile(r";\s*(?:(?:but|and)\s+)?PT\b", re.IGNORECASE)


def _patient_as_pt(text: str, refusal: re.Match[str], inside: list[NoteFinding]) -> bool:
    """Whether the only care the refusal names is its subject "PT", which may be the patient
    (brief s90-noticed1, item 3: "CSI L knee; PT declined" turned down the injection, as "pt
    declined" does). The caller reads it so only where care not told had, nor a drug told with
    its dose, stands before it in the same clause: "PT declined." with no care before it, or
    after "Ibuprofen x 2 wks" or "Ibuprofen 800 tid", is physical therapy declined."""
    subject = _PT_SUBJECT.match(text, refusal.start())
    return bool(subject) and all(
        f.concept == "physical-therapy" and f.end <= subject.end() for f in inside
    )


def refused_next(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with the care a bare refusal after a semicolon turns down (module doc)
    negated."""
    if ";" not in text:
        return list(findings)
    care = sorted((f for f in findings if _refusable(f)), key=lambda f: f.start)
    # Care the refusal itself names: "Ibuprofen x 2 wks; PT declined." is physical therapy
    # declined (its own ConText negation), not "pt" refusing the ibuprofen.
    named = [f for f in findings if _refusable(f) or f.category in CATEGORIES]
    refused: set[tuple[str, int]] = set()
    for refusal in _REFUSAL.finditer(text) if care else ():
        at = refusal.start()
        inside = [f for f in named if at <= f.start < refusal.end()]
        if inside and not _patient_as_pt(text, refusal, inside):
            continue
        opening = _CLAUSE_START.search(text, max(0, at - 240), at)
        low = opening.end() if opening else max(0, at - 240)
        before = [f for f in care if low <= f.start and f.end <= at]
        # A care's clause that tells it had makes the refusal another round's ("had CSI x2;
        # declined") and its "PT" the therapy ("Ibuprofen x 2 wks; PT declined").
        if not before or _HAD.search(text, low, at):
            continue
        if inside and _REGIMEN.search(text, low, at):
            continue  # "Ibuprofen 800 tid; PT declined.": a drug in use, the therapy declined
        last = before[-1].concept
        refused |= {(f.concept, f.start) for f in before if f.concept == last}
    if not refused:
        return list(findings)
    return [replace(f, negated=True) if (f.concept, f.start) in refused else f for f in findings]
