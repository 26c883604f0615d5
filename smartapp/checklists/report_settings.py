"""Whose report a therapy document is: the treating clinic's, or another setting's.

Ohio Medicaid's re-evaluation interval (OAC 5160-8-32) and Medicare's progress report (MBPM ch.
15 §220.3) are the treating therapist's: they measure the goals of the plan of care the request
continues. A report another setting wrote about the same child does not renew them: "IEP
Progress Report (Lincoln Elementary, spring term) I. Castro CCC-SLP ... Progress 'emerging' on
school IEP goals (articulation /s/ blends)" is the school's, on the school's goals, and it reset
the clinic's six-month re-evaluation clock and its 10-visit report clock while the clinic's own
daily notes said only "see prior note for goals" (blind wave 91, MJ/speech-language-02). So do a
school district's re-evaluation report, an early-intervention (IFSP) review, a former provider's
discharge summary and, for speech therapy, a PT's or psychologist's evaluation.

A document is another setting's by its heading (its title or its first line) when the setting
opens it, before the words that say what it is ("OLENTANGY SCHOOLS - SPEECH SERVICES NOTE",
"School SLP annual IEP progress summary", "outside school slp report") or names it as its
source ("Progress report from the school SLP"); the clinic's own "SLP RE-EVALUATION (school-age,
outpatient)" or "SLP progress report - coordinated with school IEP team" stays the clinic's.
A statement inside any note that names the school's report is the school's too ("IEP progress
report 3/2026 reviewed"), not the note's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .. import lazy_re
from ..evidence.record import Note
from .note_heading import first_text_line

#: A school's, an early-intervention program's or another provider's program, named as the one
#: that wrote: "IEP", "school SLP", "school-based PT", "Kettering City Schools", "Lincoln
#: Elementary", "Help Me Grow", "prior provider". Not a school-age child ("school-age", "in
#: kindergarten") nor a preschool the child attends.
_SETTING = (
    r"\b(?:iep|ifsp|504\s+plan)\b"
    r"|\bschool[- ]based\b"
    r"|\bschool\s+(?:slp|slps|speech|sl[pt]s?|therapists?|pt|ot|psycholog\w*|district|team|"
    r"re-?eval\w*|eval\w*|progress|report|note|services?|related)\b"
    r"|\bschools?\s*(?:[-\u2013\u2014:|]|$)"  # "OLENTANGY SCHOOLS - SPEECH SERVICES NOTE"
    r"|\b(?:city|local|public|county|village|unified|independent|area)\s+schools?\b"
    r"|\b(?:elementary|middle\s+school|high\s+school|special\s+ed(?:ucation)?)\b"
    r"|\b(?:early\s+intervention|help\s+me\s+grow)\b"
    r"|\b(?:prior|previous|former|another|other|outside)\s+(?:provider|clinic|agency|program)\b"
)
_SETTING_RE = lazy_re.compile(_SETTING, re.IGNORECASE)
#: What a heading says the document is: the words the setting must come before to be its author.
_WHAT = lazy_re.compile(
    r"\b(?:re-?eval\w*|eval\w*|progress|reports?|summary|assessment|re-?assessment|re-?cert\w*|"
    r"plan\s+of\s+care|poc|discharge)\b",
    re.IGNORECASE,
)
#: The setting named as the document's source after what it is: "Progress report from school
#: SLP"; not the referral's ("Speech evaluation - referred from school").
_FROM_SETTING = lazy_re.compile(
    rf"(?<!\brefer)(?<!\breferred)(?<!\breferral)\s+from\s+(?:the\s+)?(?:{_SETTING})",
    re.IGNORECASE,
)
#: Another discipline's own document, for speech therapy: "PT Re-evaluation", "Occupational
#: therapy progress report", "Neuropsychological evaluation", "Developmental pediatrics
#: evaluation". In a note's first line only capitals are PT/OT ("Pt re-evaluated" is the patient).
_OTHER_DISCIPLINE = {
    "slp": (
        r"^\W*(?:outpatient\s+|pediatric\s+|peds\s+)?(?:physical\s+therapy|physiotherapy|"
        r"occupational\s+therapy|chiropractic|chiro|(?:neuro)?psycholog\w*|"
        r"developmental(?:[- ]behavioral)?\s+pediatrics?|behavior(?:al)?\s+analy\w*|aba|{abbr})"
        r"\b"
    ),
}
_OTHER_TITLE = {
    key: lazy_re.compile(source.format(abbr="pt|dpt|ot"), re.IGNORECASE)
    for key, source in _OTHER_DISCIPLINE.items()
}
_OTHER_LINE = {
    key: lazy_re.compile(source.format(abbr="(?-i:PT|DPT|OT)"), re.IGNORECASE)
    for key, source in _OTHER_DISCIPLINE.items()
}
#: Another discipline's report named just before a statement's report words: "PT re-eval",
#: "OT progress report" ("Pt re-evaluated" is the patient: capitals only).
_OTHER_BEFORE = {
    "slp": lazy_re.compile(
        r"(?:\b(?-i:PT|DPT|OT)|\b(?:physical|occupational)\s+therapy|\bchiro\w*|"
        r"\b(?:neuro)?psycholog\w*)(?:'s)?\s*[-/:]?\s*(?:\w+\s+)?$",
        re.IGNORECASE,
    )
}
#: Another setting named in the words just before a statement's report words, no comma between:
#: "IEP progress report", "School SLP (IEP) progress summary"; not "in K with IEP, re-evaluated".
_SETTING_BEFORE = lazy_re.compile(rf"(?:{_SETTING})[^,;.\n]{{0,40}}$", re.IGNORECASE)
#: How far back a statement's report words may be named as another setting's.
_REACH = 80


def _setting_heads(heading: str) -> bool:
    """Whether ``heading`` (a title or a first line) names another setting as the document's
    author: before what the document is, or as its source ("from the school SLP")."""
    what = _WHAT.search(heading)
    head = heading[: what.start()] if what else heading
    return bool(_SETTING_RE.search(head) or _FROM_SETTING.search(heading))


def elsewhere(note: Note, discipline: str | None = None) -> bool:
    """Whether ``note`` is another setting's document by its heading, or, with ``discipline``
    ("slp"), another discipline's own document."""
    line = first_text_line(note.text)
    if _setting_heads(note.title or "") or _setting_heads(line):
        return True
    if discipline not in _OTHER_TITLE:
        return False
    return bool(
        _OTHER_TITLE[discipline].search(note.title or "") or _OTHER_LINE[discipline].search(line)
    )


def kept_here(
    found: list[tuple[date, str]], notes: Iterable[Note], discipline: str | None = None
) -> list[tuple[date, str]]:
    """The reports of ``found`` (day, reference) that are not from another setting's (or
    discipline's) document among ``notes``; only the documents found are read, once each."""
    by_ref = {n.ref: n for n in notes}
    verdicts: dict[str, bool] = {}
    kept = []
    for day, ref in found:
        base = ref.split("#", 1)[0]
        if base not in verdicts:
            note = by_ref.get(base)
            verdicts[base] = note is not None and elsewhere(note, discipline)
        if not verdicts[base]:
            kept.append((day, ref))
    return kept


def named_elsewhere(text: str, start: int, discipline: str | None = None) -> bool:
    """Whether the report words at ``start`` of ``text`` are another setting's report, named
    before them in their clause ("IEP progress report 3/2026 reviewed", "school SLP
    re-evaluation"), or with ``discipline`` another discipline's ("PT re-eval 4/2")."""
    before = text[max(0, start - _REACH) : start]
    if _SETTING_BEFORE.search(before):
        return True
    return bool(discipline in _OTHER_BEFORE and _OTHER_BEFORE[discipline].search(before))
