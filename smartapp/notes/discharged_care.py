"""A discharge from care for missed visits still tells of the care had before it.

"Pt d/c'd from PT per attendance policy", "discharged from PT after 6 visits for
non-attendance", "PT d/c'd him from program for nonattendance": the patient was in PT, so the
visits before the discharge are conservative care tried. Whether they were enough (a completed
course, six weeks) is the duration and session rules' question (courses.py reads the course as
left), not a reason to read the PT as never had. A no-show with no discharge from the care
("no-showed 3/16, 3/19") and a discharge from care never attended ("PT d/c'd - never attended",
"discharged from PT, no-showed the eval") stay no care (care_had.correct_care_flags negates
them), and so does one whose sentence says so past a semicolon or a number: "PT Discharge
Summary: Pt never attended; discharged per attendance policy", "Discharged from PT after 0
visits" (:func:`discharged_unattended`).
"""

from __future__ import annotations

import re

from .. import lazy_re
from . import cues
from .cues import NO_SHOW

#: Discharged from the care ("discharged from PT", "D/c from PT", "d/c'd from POC", "discharged
#: from physical therapy") or by it ("PT d/c'd him from program", "therapist discharged her").
_DISCHARGED_FROM = lazy_re.compile(
    r"\b(?:discharged|d/c(?:'?d)?|dc'?d)\s+(?:(?:him|her|them|pt|patient)\s+)?from\b"
    r"|\b(?:pt|ot|therapy|therapist|clinic|rehab)\s+(?:discharged|d/c'?d|dc'?d)\s+"
    r"(?:him|her|them|pt|patient)\b",
    re.IGNORECASE,
)
#: A therapy's own discharge document, by its heading ("PT Discharge Summary", "PHYSICAL THERAPY
#: DISCHARGE SUMMARY 01/20/2026", "OT D/C note"): in it a bare "Discharged per attendance policy
#: after 6 visits" is the discharge from that therapy, as "d/c'd from PT" is elsewhere (brief
#: s65-l). Only as the note's opening line or the statement's opening words.
_THERAPY_DISCHARGE_DOC = lazy_re.compile(
    r"^\W*(?:[\w&.,'-]+\s+){0,4}?(?:pt|ot|physical\s+therapy|occupational\s+therapy|therapy|"
    r"rehab|physiotherapy)\s+(?:discharge|d/c|dc)\s+(?:summary|note|report|eval\w*)\b",
    re.IGNORECASE,
)
#: The discharge itself, said without what it was from.
_DISCHARGED = lazy_re.compile(r"\b(?:discharged|d/c'?d|dc'?d)\b", re.IGNORECASE)
#: Words that say none of it was attended: the discharge was from care never had.
_NONE_ATTENDED = lazy_re.compile(
    r"\b(?:never\s+(?:attended|went|showed|came|started|began|seen|made\s+it)|"
    r"(?:did\s+not|didn'?t)\s+(?:attend|show\s+(?:up\s+)?for|make)\s+(?:any|a\s+single|the\s+"
    r"(?:initial\s+)?eval\w*)|no\s+(?:visits?|sessions?)\s+(?:attended|completed)|"
    # "0 visits missed" or "0 visits remaining" tells of a course kept, not one never begun.
    r"(?:0|zero)\s+(?:visits?|sessions?)(?!\s+(?:missed|cancell?ed|no[- ]?show\w*|remaining|"
    r"left|outstanding)\b)|no[- ]?show(?:ed|s)?\s+(?:(?:to|for)\s+)?(?:the\s+|"
    r"(?:his|her|their)\s+)?(?:(?:pt|ot|therapy)\s+)?(?:initial\s+)?eval\w*|not\s+seen)\b",
    re.IGNORECASE,
)


def discharged_after_care(statement: str, note_text: str, at: int) -> bool:
    """Whether ``statement`` says the patient was discharged from care they had attended, with
    no word on its line of ``note_text`` (around ``at``) that none was: "No-showed PT eval 12/1,
    12/8; discharged from PT per attendance policy" left no visit before the discharge."""
    low = note_text.rfind("\n", 0, at) + 1
    high = note_text.find("\n", at)
    line = note_text[low : high if high >= 0 else len(note_text)]
    discharged = _DISCHARGED_FROM.search(statement) or (
        _DISCHARGED.search(statement)
        and (_THERAPY_DISCHARGE_DOC.match(statement) or _THERAPY_DISCHARGE_DOC.match(note_text))
    )
    return bool(discharged) and not _NONE_ATTENDED.search(line)


#: Care closed without a discharge word: "PT referral closed", "OT case closed 2/1".
_CLOSED = lazy_re.compile(r"\b(?:referral|case|episode|order|poc)\s+(?:was\s+)?closed\b", re.I)


def discharged_unattended(statement: str, note_text: str, at: int) -> bool:
    """Whether ``statement`` is a therapy's discharge (or its closing) whose sentence in
    ``note_text`` (around ``at``) says none of it was attended (lead's notes, stop 48): the
    semicolon of "PT Discharge Summary: Pt never attended; discharged per attendance policy"
    left the therapy's statement with neither a no-show nor a discharge word, and "Discharged
    from PT after 0 visits" with no no-show word at all, so both read as PT had."""
    discharged = (
        _DISCHARGED_FROM.search(statement)
        or _DISCHARGED.search(statement)
        or _CLOSED.search(statement)
        or _THERAPY_DISCHARGE_DOC.match(statement)
        or _THERAPY_DISCHARGE_DOC.match(note_text)
    )
    sentence, low = cues.sentence_at(note_text, at)
    if _THERAPY_DISCHARGE_DOC.match(statement):
        # The summary's heading on its own line: its first line of text says what was had.
        sentence += " " + cues.sentence_at(note_text, low + len(sentence) + 1)[0]
    return bool(discharged) and bool(_NONE_ATTENDED.search(sentence))


def missed_visit_discharge(statement: str) -> bool:
    """Whether ``statement`` is a discharge from care for missed visits ("d/c'd from PT per
    attendance policy 2/10"): its day is the discharge's, no visit of the care (courses.py)."""
    return bool(NO_SHOW.search(statement) and _DISCHARGED_FROM.search(statement))


#: A span of care written as one: "PT 12/1-2/10", "12/1 to 1/20", "12/1 through 1/20".
_DATE_RANGE = lazy_re.compile(
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*(?:-|–|to|through|thru)\s*\d{1,2}/\d{1,2}", re.IGNORECASE
)


def missed_days_only(statement: str) -> bool:
    """Whether ``statement`` is a discharge for missed visits dated only by the visits missed
    and the discharge ("PT DISCHARGE 7/14: Pt d/c'd from PT after 3 consecutive no-shows (6/23,
    6/26, 6/30)"): those weeks are no care, so no course by their span (courses.py; blind wave
    69, JA/occupational-work-rehab-02). Not one that writes the course's own span ("PT
    12/1-2/10, d/c'd from PT per attendance policy")."""
    return missed_visit_discharge(statement) and not _DATE_RANGE.search(statement)


def left_by_discharge(note_text: str, concept: str) -> bool:
    """Whether ``note_text`` is a therapy's own discharge document, of ``concept``, that tells
    of visits missed or a discharge for non-attendance anywhere in it: "PT DISCHARGE SUMMARY:
    Referred for 12 visits ... Attended 3 (...); no-show 3/23, 3/25 ... Discharged for
    non-attendance." writes the therapy's name only in its heading, and its attendance lines,
    which name none, are that therapy's (blind wave 72, JM/occupational-work-rehab-02). The
    course was left, so the visits it counts are what was had (courses.py)."""
    if not _THERAPY_DISCHARGE_DOC.match(note_text):
        return False
    return cues.therapy_document("", note_text[:300]) == concept and bool(
        cues.COURSE_LEFT.search(note_text)
    )
