"""A note that states its own visit's reason, and that reason is another problem.

The home health face-to-face encounter must be related to the primary reason the patient needs
home care (42 CFR 424.22(a)(1)(v)). visit_reasons.py reads the reason an Encounter states for
itself; many visits state none, and their note says it in its opening words instead: "Video
visit for new itchy rash on forearms x 3 days, likely contact dermatitis from new soap.
Triamcinolone cream. RTC prn." was read as the face-to-face encounter for skilled nursing of a
diabetic heel ulcer (blind wave 93, MT/home-health-03; its Encounter typed only "Video visit").

A note is another problem's visit when its opening states the visit's reason ("Video visit for
...", "Telehealth visit re: ...", "Seen today for ...", "CC: ...", "Reason for visit: ..."), that
reason shares no word with what the home care is for, and no note of its day does either. What
the care is for is the order's reasons and their ICD-10-CM descriptions (as visit_reasons.py)
and the order's own words ("SN 3w4 for wound care (NPWT dressing change) and diabetic
teaching"). So a visit that takes the wound up among other problems ("Video visit for rash;
also R heel wound check, NPWT in place") still counts, a reason that names home care itself
counts, and a note stating no reason, or an order stating nothing to compare with, leaves the
visit standing, as an Encounter with no note of its day stands by its type (visit_about.py).
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.shapes import dicts
from .context import Context
from .visit_reasons import HOME_CARE, WORD, order_terms, reason_terms

#: The reason a note's opening states for its visit, up to the end of its sentence.
_STATED = lazy_re.compile(
    r"^\s*(?:"
    # "Video visit for ...", "Telehealth visit (video) re: ...", "Acute visit regarding ..."
    r"(?:(?:video|telehealth|virtual|telemedicine|tele|office|clinic|acute|sick|same[- ]day|"
    r"urgent|walk[- ]in|pcp|brief|new|problem|follow[- ]?up)[\s-]+){0,3}"
    r"(?:visit|appt|appointment|encounter)\s*(?:\([^()\n]{0,20}\)\s*)?[-:,]?\s*"
    r"(?:for|re:?|regarding|about|due\s+to)\s+|"
    # "Seen today for ...", "Pt evaluated via video for ..."
    r"(?:(?:pt|patient)\s+)?(?:seen|evaluated)\s+(?:today\s+)?(?:via\s+(?:video|telehealth)\s+)?"
    r"(?:today\s+)?for\s+|"
    # "CC: ...", "Chief complaint - ...", "Reason for visit: ..."
    r"(?:cc|chief\s+complaint|reason\s+for\s+visit|rfv)\s*[:\-]\s*"
    r")(?P<reason>[^.;\n]{3,160})",
    re.IGNORECASE,
)
#: How many of a note's first lines may hold its stated reason.
_OPENING_LINES = 6
#: A section label opening the line the reason is stated on ("S:", "Subjective:", "HPI -").
_LABEL = lazy_re.compile(r"^\s*(?:s|subjective|hpi|history)\s*[:\-]\s*", re.IGNORECASE)
#: Words of the order's own text that say nothing of what the care is for.
_ORDER_FILLER = frozenset(
    "skilled nursing nurse visits visit home health care services service change changes week "
    "weeks times daily every order orders certification period evaluate treat".split()
)


def _order_words(ctx: Context) -> set[str]:
    """The words of what the home care is for: the order's reasons, and its own text."""
    words, _ = order_terms(ctx)
    if ctx.order is None:
        return words
    raw = ctx.order.raw
    texts = [str((raw.get("code") or {}).get("text") or "")]
    texts += [str(n.get("text") or "") for n in dicts(raw.get("note"))]
    own, _ = reason_terms(" ".join(texts), [])
    return words | (own - _ORDER_FILLER)


def other_problem_notes(ctx: Context) -> set[str]:
    """The notes whose opening states their visit's reason as a problem that neither it nor any
    note of its day shares a word with what the home care is for."""
    need = _order_words(ctx)
    if not need:
        return set()  # nothing to compare with: every visit stands
    notes = [n for n in ctx.record.all_texts() if n.kind == "note" and n.text]
    out: set[str] = set()
    for note in notes:
        stated = _stated(note.text)
        if not stated or HOME_CARE.search(stated):
            continue
        reason, _ = reason_terms(stated, [])
        if not reason or reason & need:
            continue
        # The day's notes (this one whole, and any other of its day) may take the need up.
        day = " ".join(n.text.lower() for n in notes if n.date == note.date)
        if not set(WORD.findall(day)) & need:
            out.add(note.ref)
    return out


def _stated(text: str) -> str:
    """The reason ``text`` states for its visit at the start of one of its first lines (a
    heading, the visit's date or a "Subjective:" line may come first); "" when none."""
    for line in text.lstrip().splitlines()[:_OPENING_LINES]:
        stated = _STATED.match(_LABEL.sub("", line))
        if stated:
            return re.sub(r"\s+", " ", stated.group("reason")).strip()
    return ""
