"""How far a patient's refusal reaches: to the care it was said of, not to a decision made since
nor to care named before that one.

ConText lets a refusal run to its sentence's end or back to its start, so two ways of writing
one visit read as a plan declined (noticed at stop 70, brief s71-g):

- a refusal before a decision made since: "Declined surgery in 2024, now ready: plan L TSA",
  "Initially refused surgery, now agreeable to R TKA", "pt declined TKA last yr but now elects
  to proceed with L TKA". The forward "declined" reached the plan made today. A plan stands when
  a clause after the refusal turns to the present ("now", "today", "since then", "has
  reconsidered", "changed her mind") and says the decision ("ready", "wants", "elects",
  "proceed", "plan", "scheduled"), with no denial of its own between ("now declines TSA too",
  "now still not ready for TKA", "now wants to avoid surgery" keep it declined). Only plans
  (treatment-plan): "Declined PT in 2024, now agreeable to PT" is no PT had.
- a refusal written after care offered in a clause of its own, with other care before it:
  "Plan L TKA 3/10, prehab PT offered, pt declined." declined the PT, not the knee replacement,
  and "Naproxen 500 BID x 8 wks, PT offered, pt declined." the PT, not the naproxen taken. The
  backward refusal ("pt declined.", "- declined", "(declined)") is the nearest care's and of
  what shares that care's clause ("CSI and PT offered, pt declined" declines both); a target in
  an earlier clause that says more than a list item is not refused by it. A bare list item
  ("CSI, PT offered - declined") stays in the refusal's list.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .clauses import _DENIES, _bare, _clauses
from .declined_surgery import SURGERIES
from .model import CARE_CATEGORIES, PLAN_CATEGORIES

#: A refusal by the patient; not "declined" as a decrease ("walking tolerance has declined"),
#: which ConText reads only set off on its own anyway.
_REFUSAL = lazy_re.compile(r"\b(?:declin\w*|refus\w*)\b", re.IGNORECASE)
#: A clause that turns to the present, opening after a break: ", now ready", "but now elects",
#: "; has reconsidered", ", since then wants".
_TURN = lazy_re.compile(
    r"(?:[,;:]|\s[-–]\s|\bbut\b|\band\b)\s*(?:(?:pt|patient|he|she|member)\s+)?"
    r"(?:(?:is|has)\s+)?(?:now|today|since\s+then|reconsidered|has\s+reconsidered|"
    r"changed\s+(?:his|her|their)\s+mind)\b",
    re.IGNORECASE,
)
#: The decision the turned clause says.
_DECISION = lazy_re.compile(
    r"\b(?:ready|wants?|wishes|would\s+like|desires?|elects?|agree\w*|requests?|decided|"
    r"opts?|chooses|proceed\w*|plan\w*|schedul\w*|consent\w*|willing)\b",
    re.IGNORECASE,
)
#: A denial, or a putting off, after the turn: the refusal stands.
_STILL_NOT = lazy_re.compile(
    r"\b(?:avoid\w*|hold\s+off|defer\w*|postpon\w*|wait\w*|again|still)\b", re.IGNORECASE
)
_CARE_LABEL = lazy_re.compile(
    r"(?:^|;)(?:(?:" + "|".join(sorted(CARE_CATEGORIES)) + r")\|"
    r"|treatment-plan\|(?:" + "|".join(sorted(SURGERIES)) + r")(?:;|$))"
)


def _refusals(ent: Any) -> list[tuple[int, int]] | None:
    """Where each denial of ``ent`` stands, when every one is a refusal; else None."""
    spans = []
    for modifier in ent._.modifiers:
        if modifier.category != "NEGATED_EXISTENCE":
            continue
        words = ent.doc[slice(*modifier.modifier_span)]
        if not _REFUSAL.search(words.text):
            return None
        spans.append((words.start_char, words.end_char))
    return spans or None


def _decided_since(text: str, refusal: tuple[int, int], start: int) -> bool:
    """Whether a clause between the refusal and the plan at ``start`` turns to a decision made
    since (module doc)."""
    if refusal[1] > start:
        return False
    turns = list(_TURN.finditer(text, refusal[1], start))
    if not turns:
        return False
    since = text[turns[-1].end() : start]  # the last turn: what was decided since

    return bool(_DECISION.search(since)) and not (_DENIES.search(since) or _STILL_NOT.search(since))


def _nearer_care(ent: Any, refusal: tuple[int, int]) -> bool:
    """Whether other care stands between ``ent`` and the refusal after it, in a later clause,
    and ``ent``'s own clause says more than a list item (module doc)."""
    if refusal[0] < ent.end_char:
        return False
    text = ent.doc.text
    clauses = _clauses(text)
    own = next(((a, b) for a, b in clauses if a <= ent.start_char < b), None)
    if own is None or _bare(text[own[0] : own[1]], ent.text):
        return False
    return any(
        own[1] <= other.start_char and other.end_char <= refusal[0]
        and _CARE_LABEL.search(other.label_)
        for other in ent.doc.ents
    )  # fmt: skip


def refusal_elsewhere(ent: Any, label: str) -> bool:
    """True when ``ent`` (one of its labels) is denied only by refusals that belong to a decision
    made since or to care named nearer them (module doc)."""
    refusals = _refusals(ent)
    if refusals is None:
        return False
    plan = label.split("|")[0] in PLAN_CATEGORIES
    text = ent.doc.text
    return all(
        (plan and _decided_since(text, refusal, ent.start_char)) or _nearer_care(ent, refusal)
        for refusal in refusals
    )
