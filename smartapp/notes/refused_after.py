"""A drug named, then refused later in its sentence by a word pointing back at it, was not taken.

'PT called back re: azathioprine - has decided he does NOT want to start it' (CC/inf-02) names
the drug first and refuses it after, by a pronoun. ConText reads 'does not want' forward, over
'to start it' and what follows (it denied the lymphoma the patient read about), never back to
the drug; label_refused.py reads a refusal after a drug only when the drug labels its own line.
A refusal to begin ('does not want to start', 'refuses to start', 'not willing to try',
'declined it') whose object is 'it', 'them', 'the medication' or nothing at all is of the care
named last before it in the same sentence: that care is not taken. Not when another care stands
between (the pronoun is that one's), nor when the sentence says the drug was taken after all
('took it for 3 months', 'stopped', 'again').

A start that never came reads the same: 'mesalamine DR 1.2 g - Rx 2/10/26, never filled
(copay)', 'Med list shows mesalamine 4.8 g (pt admits never took it)' (blind wave 51,
GL/infliximab-03: a pharmacist's refill review and a clinician's note; the reviewer: 'mesalamine
never filled/taken'). A prescription never filled is no course, whatever the med list shows,
nor is one the pharmacy reports unfilled ("Med rec: methotrexate Rx remains unfilled per
pharmacy", "methotrexate - unfilled": brief s81-near).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .model import CARE_CATEGORIES, NoteFinding

#: A refusal to begin, in the present or as a decision ("decided not to start"); not "did not
#: want to take it", which as often tells a drug taken reluctantly.
_REFUSAL = lazy_re.compile(
    r"\b(?:(?:does|do)\s+not|doesn'?t|don'?t)\s+want\s+to\s+(?:start|try|begin|take)"
    r"|\b(?:refuses|refused|declines|declined|unwilling|not\s+willing|prefers\s+not|"
    r"chose\s+not|chooses\s+not|decided\s+not|elected\s+not|wishes\s+not)\s+to\s+"
    r"(?:start|try|begin|take)"
    r"|\b(?:refuses|refused|declines|declined)(?=\s+(?:it|them)\b)"
    # ... or a start that never came: "never filled (copay)", "never took it", "did not fill it".
    r"|\bnever\s+(?:(?:got|had)\s+(?:it|them)\s+)?(?:filled|took|taken|picked\s+up|started)\b"
    r"|\b(?:did\s+not|didn'?t)\s+(?:fill|pick\s+up)\b"
    # ... or a prescription the pharmacy says was never filled: "Rx remains unfilled per
    # pharmacy", "methotrexate - unfilled", "not yet filled" (brief s81-near); not a form "not
    # filled out".
    r"|\bunfilled\b|\bnot\s+(?:yet\s+)?filled\b(?!\s+(?:out|in)\b)"
    # ... or one not taken to this day: "upset stomach so hasn't really taken it", "has not
    # tried it yet", "never used it" (blind wave 58, HJ/shoulder-02).
    r"|\b(?:(?:has|have)\s+not|hasn'?t|haven'?t|never)\s+(?:really\s+|actually\s+|even\s+|"
    r"ever\s+|yet\s+)?(?:taken|tried|used|started|filled)\b",
    re.IGNORECASE,
)
#: ... not one taken only now and then, or lately missed: "hasn't taken it regularly", "hasn't
#: taken it today", "has not used it much".
_NOW_AND_THEN = lazy_re.compile(
    r"\b(?:regularly|consistently|daily|every|often|much|today|lately|recently|this\s+week|"
    r"as\s+(?:prescribed|directed)|in\s+(?:a|\d+)\s+(?:days?|weeks?))\b",
    re.IGNORECASE,
)
#: The refusal's object points back: a pronoun, a word for the drug, or nothing.
_POINTS_BACK = lazy_re.compile(
    r"\s*(?:$|[.;,:()\u2013-]|(?:it|them|this|that|the\s+(?:medication|medicine|drug|med|rx|"
    r"prescription|pills?))\b"
    # ... or who tells it and why: "unfilled per pharmacy", "not filled due to cost".
    r"|(?:per|by|at|due\s+to|d/t|because|as\s+of)\b)",
    re.IGNORECASE,
)
#: Between the drug and the refusal: the same sentence, a few words.
_BETWEEN = lazy_re.compile(r"[^\n]{0,80}", re.DOTALL)
_SENTENCE_END = lazy_re.compile(r"[.!?](?:\s|$)")
#: The sentence says the drug was taken after all.
_TAKEN = lazy_re.compile(
    r"\b(?:took|taking|tried|failed|stopped|discontinued|tolerat\w*|intoleran\w*|again|"
    r"restart\w*|resum\w*|since|\d+\s*(?:d|days?|wks?|weeks?|mos?|months?|yrs?|years?))\b",
    re.IGNORECASE,
)


def refused_after(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each care refused later in its sentence (module doc) hypothetical."""
    care = sorted(
        (f for f in findings if f.category in CARE_CATEGORIES),
        key=lambda f: f.start,
    )
    refused: set[tuple[str, int]] = set()
    for index, finding in enumerate(care):
        if not finding.hypothetical and _refused_after(text, finding, care[index + 1 :]):
            refused.add((finding.concept, finding.start))
    if not refused:
        return list(findings)
    return [
        replace(f, hypothetical=True) if (f.concept, f.start) in refused else f for f in findings
    ]


def _refused_after(text: str, finding: NoteFinding, later: Sequence[NoteFinding]) -> bool:
    """Whether a refusal pointing back follows ``finding`` in its sentence, no care between."""
    span = _BETWEEN.match(text, finding.end)
    window = text[finding.end : span.end() if span else finding.end]
    end = _SENTENCE_END.search(window)
    window = window[: end.start()] if end else window
    refusal = _REFUSAL.search(window)
    if refusal is None or _TAKEN.search(window[: refusal.start()]):
        return False
    at = finding.end + refusal.start()
    if any(finding.end <= f.start < at and f.concept != finding.concept for f in later):
        return False  # the pronoun is the care named nearer it
    rest = text[finding.end + refusal.end() :]
    stop = _SENTENCE_END.search(rest)
    rest = rest[: stop.start()] if stop else rest
    if _NOW_AND_THEN.search(rest):
        return False
    return bool(_POINTS_BACK.match(rest)) and not _TAKEN.search(rest)
