"""A drug that labels its own line, the line saying it was turned down, was not taken.

Notes list the drugs considered one a line, each as a label with what became of it:
'Azathioprine: TPMT normal 12/2025 - pt DECLINED thiopurine after discussion' (blind wave 28,
CY/inf-02; the reviewer: 'azathioprine discussed and declined (TPMT only)'), 'Methotrexate -
prefers not to start', '6-MP: wants to hold off'. ConText reads a decline forward from its verb
('declined thiopurine' denies the class word) or, set off on its own, backward over the drug
('Azathioprine - pt declined.'); it does not reach back across the label's other words, take a
refusal of the drug's class as one of the drug, nor know 'prefers not to start'. The refusal
counts when it has no object, or its object is the drug itself, its class ('thiopurine' for
azathioprine and 6-MP) or a word for the drug ('it', 'the medication'); not when it declines
something else (labs, a dose increase, surgery, another drug), nor on a line that also says the
drug was taken ('100 mg daily since 3/2025', 'x 6 months, stopped', 'failed').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from .. import lazy_re
from .model import CARE_CATEGORIES, NoteFinding
from .pipeline import load_targets

#: The drug opens its line (after a bullet or a number), at most a few words (a bracketed
#: brand, a strength) before the label's separator: "Azathioprine (Imuran):", "6-MP 50 mg -".
_OPENS_LINE = lazy_re.compile(r"[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)])?[ \t]*")
_LABEL_END = lazy_re.compile(
    r"^(?:[ \t]+[^\s:;,.\u2013-][^\s:;,]*){0,3}?[ \t]*(?::|[ \t][-\u2013\u2014][ \t])"
)
_SENTENCE_END = lazy_re.compile(r"[.!?](?=\s+[A-Z\"'(])")
#: ... or opens a sentence of a line dictated as one paragraph: "Pt has not started PT.
#: Cyclobenzaprine on med list - never picked up." (blind wave 43, FG/lmri-03).
_OPENS_SENTENCE = lazy_re.compile(r".*[.!?]\s+", re.DOTALL)
#: A refusal, a choice not to start, or a start that never came (care_proposed.py reads it
#: before a drug only talked over: "doesn't want insulin yet", "holding off on Toujeo").
REFUSAL = lazy_re.compile(
    r"\b(?:declined|declines|refused|refuses|deferred|defers|deferring|opted against|"
    r"(?:prefers|chose|chooses|elected|wishes|wants)\s+not\s+to\s+(?:start|take|try|begin|use)|"
    r"(?:does not|doesn't|did not|didn't)\s+want(?:\s+to\s+(?:start|take|try|begin|use))?|"
    # "prefers to wait (on insulin)" puts it off as "wants to hold off" does.
    r"(?:wants|wishes|prefers|would like)\s+to\s+(?:(?:hold|wait)\s+off|wait)(?:\s+(?:on|for))?|"
    r"holding\s+off(?:\s+on)?|"
    r"not\s+interested(?:\s+in)?|(?:not\s+willing|unwilling)\s+to\s+(?:start|take|try|use)|"
    r"never\s+(?:started|filled|took|taken|picked\s+up)|not\s+started|"
    r"did\s+not\s+(?:start|fill|pick\s+up)|didn't\s+(?:start|fill|pick\s+up))\b",
    re.IGNORECASE,
)
#: What may follow a refusal and leave it the drug's: nothing, a reason or a time.
NO_OBJECT = lazy_re.compile(
    r"^\s*(?:$|[-\u2013.;:,()!\"']|(?:after|because|due|d/t|given|citing|for|at|as|but|per|"
    r"today|now|again|until|since|when|so|on|in|it|this|them|treatment|therapy|"
    r"medication|medicine|drug|med|rx|prescription)\b)",
    re.IGNORECASE,
)
_ARTICLE = lazy_re.compile(
    r"^\s*(?:(?:a|an|the|this|that|any|all|oral|further|trial\s+of|trying|taking|starting|"
    r"to\s+(?:start|take|try|begin|use))\b\s*)*",
    re.I,
)
#: A drug's class, whose refusal is the drug's (ACG 2018: the thiopurines are azathioprine and
#: 6-mercaptopurine).
_CLASS_WORDS = {
    "azathioprine": ("thiopurine", "immunomodulator", "immunosuppressant"),
    "mercaptopurine": ("thiopurine", "immunomodulator", "immunosuppressant"),
    "methotrexate": ("immunomodulator", "immunosuppressant", "dmard"),
    # Insulin's reader is a clinical-notes regex, so _names finds none of its phrases; its row
    # declined by naming the drug again ("Lantus - pt declined insulin", "insulin glargine:
    # declined insulin, wants to try diet") lists insulin offered, not taken (CGM-001).
    "insulin-treated": tuple(
        "insulin glargine lantus basaglar toujeo semglee levemir detemir degludec tresiba lispro "
        "humalog admelog lyumjev aspart novolog fiasp glulisine apidra humulin novolin "
        "afrezza".split()
    ),
}
#: The line says the drug was taken after all: a dose taken, a span, a stop, a failure.
_TAKEN = lazy_re.compile(
    r"\b(?:took|taking|tried|failed|stopped|discontinued|d/c'?d|tolerat\w*|intoleran\w*|since|"
    r"on\s+(?:it|\d)|\d+\s*mg\s+(?:daily|weekly|qd|bid|tid)|x\s*\d|for\s+\d+\s*(?:d|wk|week|mo|"
    r"month|yr|year)s?|(?<!never )(?<!not )(?<!n't )started)\b",
    re.IGNORECASE,
)


def refused_line(text: str, finding: NoteFinding) -> int | None:
    """Where the line ``finding``'s drug labels says it was turned down, else None."""
    lead = text[text.rfind("\n", 0, finding.start) + 1 : finding.start]
    drug = text[finding.start : finding.end]
    if finding.category not in CARE_CATEGORIES or not _opens(lead, drug):
        return None
    line_end = text.find("\n", finding.end)
    rest = text[finding.end : line_end if line_end >= 0 else len(text)]
    label = _LABEL_END.match(rest)
    if label is None or _TAKEN.search(rest):
        return None
    # The drug's own sentence: 'PT eval 8/20: ambulates 60 ft. Did not trial rolling walker -
    # pt declined.' declines the walker (CE/whc-02).
    sentence = _SENTENCE_END.search(rest, label.end())
    rest = rest[: sentence.start()] if sentence else rest
    for refusal in REFUSAL.finditer(rest, label.end()):
        after = rest[refusal.end() :]  # "declined", "declined to start it", "... thiopurines"
        after = after[_ARTICLE.match(after).end() :]
        if NO_OBJECT.match(after) or _names_drug(after, finding.concept):
            return finding.end + refusal.start()
    return None


#: What the drug's remark may say was discussed before the refusal, making the refusal that
#: change's and not the drug's: "Lantus 20 u qhs - discussed titration, pt declined".
_CHANGE_OFFERED = lazy_re.compile(
    r"\b(?:increas\w*|titrat\w*|up-?titrat\w*|dose|doses|dosing|adjust\w*|chang\w*|switch\w*|"
    r"higher|pump|cgm|sensor|bolus|prandial|mealtime|sliding)\b",
    re.IGNORECASE,
)

#: How the drug is given, refused while the drug is taken: "declined insulin pens, uses vials".
_DEVICE = lazy_re.compile(r"\b(?:pens?|kwikpens?|vials?|syringes?|needles?)\b", re.IGNORECASE)
#: The refusal's object: its words up to the first punctuation ("insulin pump, wants to wait").
_OBJECT = lazy_re.compile(r"[^,.;:()\u2013\n-]*")


def refused_remark(rest: str, concept: str) -> bool:
    """Whether a list entry's remark (``rest``: the entry's words after its drug's name) says the
    drug itself was turned down: "insulin glargine (LANTUS) - discussed 7/1, pt declined, 'not
    ready for shots'" (blind wave 109, OX/cgm-02) lists a drug offered, not one taken. Not a
    refusal of something else ("- declined dose increase", "discussed titration, declined"), nor
    an entry that also says the drug was taken ("since 2024", "x 6 months, stopped")."""
    if _TAKEN.search(rest):
        return False
    for refusal in REFUSAL.finditer(rest):
        if _CHANGE_OFFERED.search(rest[: refusal.start()]):
            return False
        after = rest[refusal.end() :]
        after = after[_ARTICLE.match(after).end() :]
        if NO_OBJECT.match(after):
            return True
        # "declined insulin pump", "declined insulin dose increase": a change, not the drug.
        obj = _OBJECT.match(after)[0]
        if _names_drug(after, concept) and not (_CHANGE_OFFERED.search(obj) or _DEVICE.search(obj)):
            return True
    return False


def _opens(lead: str, drug: str) -> bool:
    """Whether the drug opens its line (``lead``: the line before it) or a sentence of it."""
    if _OPENS_LINE.fullmatch(lead):
        return True
    return bool(_OPENS_SENTENCE.fullmatch(lead)) and drug[:1].isupper()


def refused_on_own_line(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each drug that labels a line saying it was turned down hypothetical."""
    return [
        replace(f, hypothetical=True) if refused_line(text, f) is not None else f for f in findings
    ]


def _names_drug(after: str, concept: str) -> bool:
    """Whether the refusal's object is the drug: its own names, or its class."""
    head = after.lower()
    names = _names(concept) + _CLASS_WORDS.get(concept, ())
    return any(re.match(rf"{re.escape(name)}s?\b", head) for name in names)


@cache
def _names(concept: str) -> tuple[str, ...]:
    phrases = load_targets().get("medication-history", {}).get(concept, ())
    return tuple(p.lower() for p in phrases if isinstance(p, str))
