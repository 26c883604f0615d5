"""How far back a denial reaches over the functional limits listed after it.

ConText lets a forward denial ("never", "no") run to the end of its sentence, so in 'Left knee:
"never had a shot there", worse, can't walk more than 10 min, stairs one at a time' the walking
and stairs limits read as denied with the shot (blind wave 59, HN/hya-02). A denial heads a list
of what it denies ("Denies numbness, tingling, weakness"); four things end that list before a
functional limit:

- a quotation closed before the limit: the patient's quoted words are a sentence of their own
  ('"I never fall", walks <1 block' is no denied walking limit);
- a clause that asserts something of its own: an inability ("can't walk >10 min"), a limit
  ("limited to 10 min"), a work restriction ("no lifting >10 lb", "no overhead work"), or a verb
  of what the patient does ("walks", "uses", "reports"). In
  "No injections yet - limited to walking 10 min, stairs one at a time" the list the denial
  headed ended at the dash; "not limited in walking, standing > 1 hr" still denies both, and so
  does "denies difficulty with walking, stairs or standing";
- a clause that closes on its own inability ("kneels not at all, can stand ~15 min"): its
  "not" is the limit's, not a denial of the next;
- for a spaCy target, an inability's own "not" ("can't walk >10 min, stairs one at a time"),
  or an outing's own "no longer" ("no longer goes to the market, stairs step-to"): what a
  patient cannot do or has given up is a limit, and a limit listed after it is another.

Scoped to functional deficits (not a functional score: "could not complete the ODI" is none):
what the patient can do, not care or signs, whose lists a denial more often runs over. A
communication deficit in daily terms is one too: 'Reports she "hears sound but not words,"
relies on lip-reading, avoids phone' (blind wave 62, IE/therapy-speech-language-03) had its
lip-reading and avoided calls denied by the quote's "not".
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .clauses import _ASSERTS, _clauses

_SCOPE = "functional-deficits|"
#: A lung exam is reached the same way, but ended only by a clause that opens on the lungs: "no
#: hemoptysis/wt loss, lungs CTA, SpO2 97%" denied the two symptoms and examined the lungs (blind
#: wave 74, JV/imaging-other-02, the lung exam read as denied). Only the lung exam: "No h/o HTN,
#: heart disease or stroke" lists what is denied, and a clause opening on "heart" there is no exam
#: (AR/cpap-02's sleep-apnea comorbidities read as present when every exam finding was scoped).
_EXAM_SCOPE = "exam-findings|lung-exam"
#: A clause opening on the lungs as an exam line names them ("lungs CTA", "lung fields clear",
#: "breath sounds clear"). "Chest" only before an exam word: "chest pain", "chest CTA" are none.
_EXAM_LEAD = lazy_re.compile(
    r"^\W*(?:(?:lungs?|lung\s+fields|breath\s+sounds|resp|pulm)\b|chest\s+(?:clear|exam)\b)",
    re.IGNORECASE,
)
#: What the patient can or cannot do under another category: how they communicate in daily life.
_ALSO = frozenset({"clinical-notes|communication-limitation"})
#: A quotation: straight or curly double quotes, on one line.
_QUOTED = lazy_re.compile(r"\"[^\"\n]{1,200}\"|“[^”\n]{1,200}”")
#: A clause that opens on what the patient cannot do or is held to: it asserts the limit.
_LIMIT_LEAD = lazy_re.compile(
    r"^\W*(?:(?:pt|patient|she|he|they)\s+)?(?:can'?t|cannot|can\s+not|unable\s+to|"
    r"not\s+able\s+to|no\s+longer\s+able\s+to|could\s*n[o']?t|limited\s+to|only\s+able\s+to|"
    r"has\s+to|needs\s+to|stops?|stopped)\b",
    re.IGNORECASE,
)
#: A clause that opens on a work restriction, its own "no" the limit the worker is held to: "no
#: lifting >10 lb", "no overhead work", "no reaching above shoulder". In "restricted duty no
#: overhead work, no lifting >10 lb R arm" each item is a restriction of its own, not one more
#: thing the first "no" denies (blind wave 85, LN/occupational-work-rehab-02).
_RESTRICTION_LEAD = lazy_re.compile(
    r"^\W*no\s+(?:(?:overhead|heavy|repetitive)\s+)?(?:lifting|lift|carrying|carry|pushing|"
    r"pulling|push(?:ing)?\s*/\s*pull(?:ing)?)\s*(?:>=?|over|above|more\s+than|greater\s+than|"
    r"in\s+excess\s+of)\s*\d|"
    r"^\W*no\s+(?:overhead|above[- ]shoulder(?:[- ]level)?)\s+(?:work|reaching|reach|lifting|"
    r"activit(?:y|ies)|use|tasks?|duties)\b(?!\s+restrict)|"
    r"^\W*no\s+(?:reaching|working|work|lifting)\s+(?:overhead|above\s+(?:the\s+)?shoulders?)\b",
    re.IGNORECASE,
)
#: A clause that closes on the inability of the activity before it ("kneels not at all",
#: "kneeling impossible"): its "not" is that limit's own, and ends the list there (blind wave 64,
#: IJ/hyaluronan-knee-02: "kneels not at all, can stand ~15 min at work").
_LIMIT_CLOSE = lazy_re.compile(
    r"\b(?:not\s+at\s+all|impossible|not\s+possible|out\s+of\s+the\s+question)\W*$",
    re.IGNORECASE,
)
#: An inability's own denial word, read with the letters before it (spaCy cuts "can't" in two).
_INABILITY = lazy_re.compile(
    r"(?:\bcan'?t|\bcannot|\bcan not|\bunable|\bnot able)\b", re.IGNORECASE
)
#: An outing given up says its own "no longer": "no longer goes to the farmers market, stairs
#: step-to" lost the market and walks the stairs step-to, not denies them (blind wave 65,
#: IL/tka-02). "No longer uses a cane, ..." still denies what it heads.
_OUTING_LOST = lazy_re.compile(
    r"no\s+longer\s+(?:go(?:es)?|attends?|gets?\s+out|drives?|shops?)\b", re.IGNORECASE
)


def in_scope(label: str) -> bool:
    """Whether ``label`` names a functional limit (a score excluded) or the lung exam."""
    return (
        (label.startswith(_SCOPE) and label != f"{_SCOPE}functional-score")
        or label in _ALSO
        or label.startswith(_EXAM_SCOPE)
    )


def reach_start(text: str, start: int, exam: bool = False) -> int:
    """Where in ``text`` a denial must stand to reach the limit at ``start``: after the last
    quotation closed before it and in or after the last clause up to it that asserts something
    (for an exam finding, ``exam``: the last clause up to it that opens on a body system)."""
    cut = 0
    for quote in _QUOTED.finditer(text[:start]):
        cut = max(cut, quote.end())
    for low, high in _clauses(text):
        if low > start:
            break
        clause = text[low:high]
        if exam:
            if low > 0 and _EXAM_LEAD.search(clause):
                cut = max(cut, low)
            continue
        if low > 0 and (
            _LIMIT_LEAD.search(clause) or _RESTRICTION_LEAD.search(clause)
            or _ASSERTS.search(clause)
        ):  # fmt: skip
            cut = max(cut, low)
        if high <= start and _LIMIT_CLOSE.search(clause):
            cut = max(cut, high)
    return cut


def denial_stops_before(ent: Any, label: str) -> bool:
    """True when no denial ConText gave ``ent`` (a functional limit) reaches it (see the module
    docstring)."""
    if not in_scope(label):
        return False
    text = ent.doc.text
    denials = [m for m in ent._.modifiers if m.category == "NEGATED_EXISTENCE"]
    if not denials:
        return False
    cut = reach_start(text, ent.start_char, label.startswith(_EXAM_SCOPE))
    for modifier in denials:
        words = ent.doc[slice(*modifier.modifier_span)]
        inability = words.start_char < ent.start_char and (
            _INABILITY.search(text[max(0, words.start_char - 3) : words.end_char])
            or _OUTING_LOST.match(text, words.start_char)
        )
        if words.start_char >= cut and not inability:
            return False
    return True


def before_reach(text: str, start: int, end: int, label: str) -> str | None:
    """``text`` with what lies before the reach of a denial of the limit at [start, end)
    blanked (offsets kept), for a pattern target's denial to be read again; None when nothing is
    cut. A pattern may span clauses ("worse, can't walk more than 10 min"): its last one counts."""
    if not in_scope(label):
        return None
    cut = min(reach_start(text, max(start, end - 1), label.startswith(_EXAM_SCOPE)), start)
    return " " * cut + text[cut:] if cut else None
