"""Unfilled template fields: what a form or a note template leaves for its writer to fill and
the writer left as it was ("ADLs: ***", "@FALLSCREEN@", an empty box "[ ]", a line "____", an
Epic SmartList never chosen). Such a field documents nothing; statements.py negates what a
statement holding one says, and the checklists' readers of a named field (blank_fields.py,
not_a_plan.py, denied_reports.py) read the same pattern. Split out of cues.py. A text most of
whose fields are such placeholders is a template never written (:func:`mostly_unfilled`: a
draft "OT PROGRESS REPORT" of "***" is no progress report, visits.py).
"""

from __future__ import annotations

import re
from itertools import pairwise

from .. import lazy_re

#: An Epic SmartList left unresolved states nothing: one with no value ('{Yes/No:19197}') or a
#: single-choice list still offering its options ('{Blank single:19197::"yes","no"}': blind wave
#: 62, IA/genetic-testing-03, "Pretest genetic counseling:" answered neither). One value is the
#: choice made ('{Blank single:40411::"sinus rhythm"}'); a multiple-choice list's are those ticked.
_SMARTLIST = (
    r'\{[A-Za-z][^{}\n:"]{0,59}:\d{3,}\\?\}|\{(?![^{}\n]*[Mm]ulti)[A-Za-z][^{}\n:"]{0,59}:\d{3,}'
    r'::[ \t]*"[^"\n]*"(?:[ \t]*,[ \t]*"[^"\n]*")+\\?\}'
)
#: Three underscores are a blank only as a field's answer, right after its colon ("Entrance: ___
#: Doorway widths: ___": blind wave 82, LB/dme-wheelchair-02, a supplier's home checklist never
#: filled read as the home assessed); in prose they are a carrier phrase or a name left out
#: ('commenting ("I see ___")', "Dr. ___"), no field.
_SHORT_LINE = r"(?:(?<=:)|(?<=:[ \t])|(?<=:[ \t]{2}))_{3}"
#: An unfilled template field ("ADLs: ***", "@FALLSCREEN@", an unchosen SmartList) documents
#: nothing.
PLACEHOLDER = lazy_re.compile(
    rf"\*\*\*|@[A-Z][A-Z0-9_]+@|\[\s*\]|_{{4,}}|{_SHORT_LINE}|{_SMARTLIST}"
)
#: A banner's asterisks that open a line and frame a title in capitals ("*** FAX *** Outside
#: records ...", "*** OUTSIDE RECORDS RECEIVED VIA FAX 03/30/2026 ***") decorate it: they leave
#: no field blank, and the faxed record after them is read (blind wave 45, FM/genetic-03: a prior
#: germline test in a faxed outside record read as unfilled, so as not documented).
_BANNER = lazy_re.compile(
    r"^[ \t]*\*{3,}[ \t]*(?=[^*\n]*[A-Z]{3})[A-Z0-9][A-Z0-9 /&,.'-]*?[ \t]*\*{3,}", re.MULTILINE
)


def has_placeholder(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds an unfilled template field, a banner's asterisks aside."""
    return bool(_unfilled(text, start, end))


def _unfilled(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The unfilled template fields in text[start:end] that are no banner's asterisks."""
    found = list(PLACEHOLDER.finditer(text, start, end))
    if not found:  # the note's banners (a scan of all of it) matter only beside a field
        return []
    banners = [m.span() for m in _BANNER.finditer(text) if m.start() < end and m.end() > start]
    return [m for m in found if not any(a <= m.start() < b for a, b in banners)]


#: A labelled field and its value: "QuickDASH: ***", "Grip R: 14 kg" (a line, or one of the
#: fields run on a line, cut at semicolons).
_FIELD = lazy_re.compile(r"^[ \t]*[A-Za-z][^:\n;]{0,40}:[ \t]*(?P<value>[^;\n]*)", re.MULTILINE)
_FIELD_PARTS = lazy_re.compile(r";[ \t]*")
_WORDS = lazy_re.compile(r"[A-Za-z0-9]+")


def mostly_unfilled(text: str) -> bool:
    """Whether ``text`` is a template left unfilled: at least two of its labelled fields are
    answered by a placeholder and those are at least half of them ("Visits to date: ***",
    "QuickDASH: ***", "Goals status: {Blank single:19197::"met","not met"}", "Plan: ***"). A
    report that leaves one or two optional fields "***" beside the measures it gives is filled.
    """
    blank = filled = 0
    for part in _FIELD_PARTS.sub("\n", text).splitlines():
        field = _FIELD.match(part)
        if field is None:
            continue
        value = field.group("value").strip()
        if not value:
            continue  # a heading ("Objective:") whose answers follow on the next lines
        # "*** kg" is blank with its unit; "[ ] yes [x] no" is a box ticked.
        rest = _WORDS.findall(PLACEHOLDER.sub(" ", value))
        if PLACEHOLDER.match(value) and not _BANNER.match(value) and len(rest) <= 1:
            blank += 1
        else:
            filled += 1
    return blank >= 2 and blank >= filled


#: A list item that is only a field left blank, its name and the blank: "reflexes ***", "DTRs:
#: ***", "ROM ____", "achilles reflex @DTR@". An empty box is not one (ticked_boxes.py reads a
#: line of boxes), nor a first item named with a colon: "Exam: ***, SLR +" leaves the exam blank.
_ITEM_NAME = r"[A-Za-z][\w/+.'-]*(?:[ \t]+[A-Za-z0-9][\w/+.'-]*){0,3}"
_NOT_A_BOX = rf"(?!\[)(?:{PLACEHOLDER.pattern})"
_BLANK_ITEM = lazy_re.compile(rf"\s*(?:and\s+)?{_ITEM_NAME}[ \t]*:?[ \t]*{_NOT_A_BOX}[ \t]*\.?\s*")
_FIRST_BLANK_ITEM = lazy_re.compile(rf"\s*{_ITEM_NAME}[ \t]+{_NOT_A_BOX}[ \t]*\.?\s*")
_ITEM_END = lazy_re.compile(r"[,;]")


def blank_items(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of text[start:end]'s comma-separated items that are each one field left blank
    ("+ SLR L at 35 deg, EHL 4/5, reflexes ***": the reflexes alone), when every unfilled field
    of the statement is such an item; None when one is not, and the statement is unfilled whole
    ("Functional status: *** Prior BRCA testing negative", "+ SLR L ***")."""
    cuts = [start, *(m.end() for m in _ITEM_END.finditer(text, start, end)), end]
    items = list(pairwise(cuts))
    spans = []
    for m in _unfilled(text, start, end):
        a, b = next((a, b) for a, b in items if a <= m.start() < b)
        item = text[a:b].rstrip(",;")
        shape = _FIRST_BLANK_ITEM if a == start else _BLANK_ITEM
        if not shape.fullmatch(item):
            return None
        spans.append((a, b))
    return spans


#: A field's name, not a value, right before a blank: "ordered - results ***", "Scores: ***".
_NAME_BEFORE_BLANK = lazy_re.compile(
    r"(?:[:\-\u2013\u2014=/]|\b(?:results?|findings?|impression|interpretation|reading|read|"
    r"details?|due|because|date|reason|scores?|value|level|grade|type|notes?|comments?|"
    r"and|or|with|of|to|for|is|was|by|at|on|in))\s*$",
    re.IGNORECASE,
)
#: A sentence's end inside the value: the blank closes a later sentence, not this field.
_SENTENCE_END = lazy_re.compile(r"[.!?](?:\s|$)")
#: A value, not a name, in a later item: a digit or a denial or normal word first ("no ST
#: changes", "normal axis"); "BMI ***", "reflexes ***", "QTc ***" name a blank of their own.
_ITEM_VALUE = lazy_re.compile(r"\d|^\s*(?:no|non|not|normal|nl|wnl|neg|negative|without)\b",
                              re.IGNORECASE)


def leftover_only(text: str, start: int, end: int) -> bool:
    """Whether every unfilled field in text[start:end] is a leftover: a "***" (or "@NAME@")
    closing its line after a labelled field's filled value, "ECG: NSR ***", "EKG: NSR, no ST
    changes ***" (brief s80-result: the SmartText's rest never deleted; what was written is the
    result). "ECG: ***", "ECG: *** NSR", "ECG: ordered - results ***", "Vitals: Wt 224 lb, BMI
    ***", "... Repeat TB screen ***", a box or a SmartList left open are blanks still."""
    found = _unfilled(text, start, end)
    return bool(found) and all(_leftover(text, m.start(), m.end(), m.group()) for m in found)


def _leftover(text: str, start: int, end: int, blank: str) -> bool:
    if blank != "***" and not blank.startswith("@"):
        return False  # a box, a line or a SmartList is a field of its own
    opens = text.rfind("\n", 0, start) + 1
    closes = text.find("\n", end)
    if text[end : len(text) if closes < 0 else closes].strip(" \t.,;"):
        return False  # words after it: "ECG: *** NSR" leaves the field's start blank
    field = _FIELD.match(text, opens, start)
    if field is None or field.end() != start:
        return False
    value = field.group("value")
    if not _WORDS.search(value) or _NAME_BEFORE_BLANK.search(value):
        return False  # "ECG: ***", "ECG: ordered - results ***": a name for the blank
    if _SENTENCE_END.search(value):
        return False  # "A/P: ... Repeat TB screen ***.": another sentence's blank
    items = _ITEM_END.split(value)
    # The value's first item, or a later one that is a value: "no ST changes ***", "neck 15.5
    # in, ***"; a later item that only names ("BMI ***") is its own blank.
    return len(items) == 1 or not items[-1].strip() or bool(_ITEM_VALUE.search(items[-1]))
