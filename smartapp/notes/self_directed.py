"""Care the patient chose alone, read by the clause it is written in.

Payers ask for a provider-directed trial of conservative care (the lumbar MRI guideline the
checklist cites as rbm-lumbar-mri; spine surgery's "physician-directed conservative care";
spinal injections alike, each ``provider_directed: true``): ibuprofen the patient buys and
takes "on his own" or stretches "from YouTube videos" are not it. ConText marks such care from
the words next to it (context.yaml's SELF_DIRECTED rules, four tokens either side), which misses
the usual way notes write it, with a dose between the drug and the words saying who chose it
("ibuprofen 400-600 mg OTC on his own a few times a week"). So a care finding is also
self-directed when its own part of the statement says so, or a part after it that names no care
of its own ("ibuprofen 600 mg most days, bought over the counter"). The statement is cut where
it turns to another act ("PT x 8 wks and continues a gym program on his own" leaves the PT
alone), then into parts at commas, brackets and spaced dashes.

In the patient's own words (a quotation: a portal message, "states ..."), a drug named by a
brand sold only over the counter is bought at the store as "OTC ibuprofen" is: 'been going to a
chiropractor on my own every week since March and taking advil, not helping' tells of no
clinician's trial (blind wave 39, ER/lmri-03). Only there: a clinician's plan writes a brand as
often as the generic ("Aleve 440 mg BID x 4 wks").

A clinician who advised or prescribed the care makes it directed, whatever shop it came from:
"OTC naproxen per Dr. Alvarez", "advised OTC ibuprofen", "as directed by PCP", "my doctor told
me to take Aleve". Stopping care is not choosing it: a prescribed drug the patient "stopped on
his own" was still directed care.
"""

from __future__ import annotations

import re
from functools import cache

from .. import lazy_re
from .context_rules import context_rules

#: Where a statement turns to another act: a semicolon, "but", "then", and "and"/"also" followed
#: by a verb ("PT x 8 wks and continues a gym program on his own").
_ACT = lazy_re.compile(
    r";|\b(?:but|however|whereas|while|then|followed by|after that|later)\b|"
    r"\b(?:and|also|plus)\s+(?:also\s+)?(?=(?:\w{2,}ing|uses|used|takes|took|does|did|"
    r"goes|went|sees|saw|tries|tried|continues|continued|completed|started|stopped|has|had|"
    r"have|is|was|were|joined|bought|got|gets|paid)\b)",
    re.IGNORECASE,
)
#: Parts of one act: "Using ibuprofen 600 mg most days, bought over the counter".
_PART = lazy_re.compile(r"[,(]|\s[-–]\s")
#: Stopping care is not choosing it: "started 5/11, pt stopped it on his own around 6/22".
_STOPPED = lazy_re.compile(
    r"\b(?:stopped|stops|quit|discontinued|d/c'?d|came off|weaned|ran out)\b", re.IGNORECASE
)

#: A clinician directed the care: "per Dr. X", "by PCP", "advised", "prescribed", "as directed".
#: Not in a denial ("never prescribed anything"), nor the "directed" of "self-directed".
_DIRECTED = lazy_re.compile(
    r"(?<!not )(?<!never )(?<!self )(?<![\w-])(?:"
    r"(?:per|by)\s+(?:dr\b\.?|doctor|his doctor|her doctor|my doctor|the doctor|pcp|md\b|"
    r"np\b|pa\b|ortho\w*|neuro\w*|rheum\w*|physician|provider|surgeon|specialist|physiatr\w*|"
    r"pain management|sports medicine)|"
    r"advised|prescribed|instructed|directed|recommended by|told (?:him|her|them|me) to|rx'?d"
    r")(?![\w-])",
    re.IGNORECASE,
)
#: Brands sold only over the counter in the US (Advil: ibuprofen 200 mg; Aleve: naproxen sodium
#: 220 mg). Not Motrin or Tylenol, whose names also go on prescription strengths and mixtures
#: ("Motrin 800", "Tylenol #3").
_STORE_BRAND = lazy_re.compile(r"(?:advil|aleve)(?![\w-])", re.IGNORECASE)


@cache
def _self_words() -> re.Pattern[str]:
    """The SELF_DIRECTED phrases of context.yaml, as one pattern."""
    phrases = sorted(
        (phrase for phrase, category, _direction, _scope in context_rules()
         if category == "SELF_DIRECTED"),
        key=len, reverse=True,
    )  # fmt: skip
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w-])", re.I)


def _spans(pattern: re.Pattern[str], text: str, low: int, high: int) -> list[tuple[int, int]]:
    """[low, high) of ``text`` cut where ``pattern`` matches."""
    cuts = [low] + [p for m in pattern.finditer(text, low, high) for p in (m.start(), m.end())]
    cuts.append(high)
    return [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]


def _holding(spans: list[tuple[int, int]], position: int) -> int:
    return next((i for i, (a, b) in enumerate(spans) if a <= position < b), len(spans) - 1)


def self_directed(
    text: str, start: int, care: list[int], marked: bool, quoted: bool = False
) -> bool:
    """Whether the care named at ``start`` of the statement ``text`` is care the patient chose
    alone: ConText ``marked`` it or its own part of the act says so (with the parts after it that
    name no care of their own, ``care`` being where the statement's care is named), or it is a
    store brand in the patient's own words (``quoted``), and no clinician directed it there."""
    acts = _spans(_ACT, text, 0, len(text))
    low, high = acts[_holding(acts, start)]
    parts = _spans(_PART, text, low, high)
    own = _holding(parts, start)
    named = {_holding(parts, at) for at in care if low <= at < high} | {own}
    # A part naming no care says something of the care named before it ("ibuprofen 600 mg,
    # bought over the counter"), or of the care after it when none comes before.
    said = [own]
    for index in range(len(parts)):
        if index in named:
            continue
        before = [n for n in named if n < index]
        if (max(before) if before else min(n for n in named if n > index)) == own:
            said.append(index)
    clauses = [text[a:b] for a, b in (parts[i] for i in said)]
    # A list's lead-in speaks for every item of it: "Home remedies so far: ice, ibuprofen".
    colon = text.rfind(":", low, start)
    if colon >= 0 and not any(low <= at < colon for at in care):
        clauses.append(text[low:colon])
    if any(_DIRECTED.search(clause) for clause in clauses):
        return False
    chosen = any(_self_words().search(c) and not _STOPPED.search(c) for c in clauses)
    if quoted and _STORE_BRAND.match(text, start) and not any(_STOPPED.search(c) for c in clauses):
        return True  # '"... and taking advil, not helping"': bought at the store, no one's trial
    return chosen or (marked and not any(_STOPPED.search(c) for c in clauses))
