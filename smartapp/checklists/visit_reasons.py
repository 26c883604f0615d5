"""A visit held for another problem, by the reason the Encounter itself states.

The home health face-to-face encounter must be related to the primary reason the patient needs
home care (42 CFR 424.22(a)(1)(v)). A primary care visit is read as about that reason whatever
its note dwells on (visit_about.py), since what makes a visit "about" it (the diagnosis, the
family's request) has no finding of its own. A visit whose own stated reason
(``Encounter.reasonCode``, ``reasonReference``) names another problem is different: the record
says what it was for. A video visit "reason: dysuria", whose note treats a UTI, is no encounter
for a stroke patient's home therapy (blind wave 42, FB/homehealth-03); like a visit named another
clinic's (``elsewhere``), it counts only when a note of its day speaks of the need.

A stated reason is the order's when it shares a word (four letters or more, not a filler such
as "follow", "visit" or "chronic") or an ICD-10-CM category with the order's reasons, or when it
names home care itself ("home health eval"), or when a note of the visit's day names the
order's diagnosis; a code sent without a display is read by its ICD-10-CM description. With no
stated reason, or nothing on either side to compare them by, nothing tells the visit apart and
it stands.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence import Evidence
from ..evidence.codes import codes_of
from ..evidence.shapes import dicts, reference
from .context import Context
from .icd10 import description, exists

WORD = lazy_re.compile(r"[a-z][a-z0-9]{3,}")
#: Words that say nothing of which problem: the visit's kind, a side, a course, ICD-10 fillers.
_FILLER = frozenset(
    "with without follow visit care after post right left bilateral acute chronic unspecified "
    "other disease disorder type subsequent encounter initial routine healing status history "
    "exacerbation management evaluation check recheck due from have also then following "
    "affecting dominant side part site specified".split()
)
#: A reason that names home care itself ("R heel ulcer - home health eval", "HH recert").
HOME_CARE = lazy_re.compile(r"\b(?:home\s*(?:health|care)|homebound|hh|skilled)\b", re.I)


def reason_terms(text: str, codes: list) -> tuple[set[str], set[str]]:
    icd = [c.code.upper() for c in codes if c.system == "icd10cm" and c.code]
    # A code sent with no display still says what it is ("S72.001D": fracture of the femur).
    named = " ".join([text, *(description(c) for c in icd if exists(c))])
    words = {w for w in WORD.findall(named.lower()) if w not in _FILLER}
    return words, {c[:3] for c in icd}


def _reasons(resource: dict, ctx: Context) -> tuple[str, list]:
    """The text and codings of a resource's reasonCode and its reasonReference Conditions."""
    texts, codes = [], []
    concepts = list(dicts(resource.get("reasonCode")))
    for reason in dicts(resource.get("reasonReference")):
        condition = ctx.record.resolve(reference(reason))
        if condition:
            concepts.append(condition.get("code"))
    for concept in concepts:
        found, text = codes_of(concept)
        codes += found
        texts.append(text)
    return " ".join(t for t in texts if t), codes


def order_terms(ctx: Context) -> tuple[set[str], set[str]]:
    """The words and ICD-10-CM categories of the order's reasons (and their Conditions)."""
    if ctx.order is None:
        return set(), set()
    return reason_terms(*_reasons(ctx.order.raw, ctx))


def stated_reason(item: Evidence, ctx: Context) -> tuple[str, list]:
    """The text and codings of the reasons an Encounter states for itself."""
    return _reasons(item.raw, ctx)


def another_problem(item: Evidence, ctx: Context) -> bool:
    """Whether the Encounter states a reason that is none of the order's and not home care."""
    if item.kind != "Encounter":
        return False
    text, codes = stated_reason(item, ctx)
    if not (text.strip() or codes) or HOME_CARE.search(text):
        return False
    order_words, order_categories = order_terms(ctx)
    if not (order_words or order_categories):
        return False
    words, categories = reason_terms(text, codes)
    if not ((words and order_words) or (categories and order_categories)):
        return False  # nothing to compare them by: the visit stands
    if words & order_words or categories & order_categories:
        return False
    # A note of its day that names the order's diagnosis took it up at that visit ("s/p hip
    # hemiarthroplasty": "R hip fracture healing, walker").
    that_day = " ".join(
        (n.text or "").lower() for n in ctx.record.all_texts() if n.date == item.date
    )
    return not set(WORD.findall(that_day)) & order_words


def other_problem_days(ctx: Context) -> set:
    """The days of the Encounters held for another problem (their notes are that visit's)."""
    return {
        e.date for e in ctx.record.of("Encounter") if e.date is not None and another_problem(e, ctx)
    }
