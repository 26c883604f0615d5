"""What a therapy note's own first line says of its visit: a daily treatment note, and its number.

EHRs send therapy notes typed only as a "Progress note" or with no title at all, the discipline
and the kind of note written on the note's first line ("PT DAILY NOTE 2026-03-03 visit #9", "OT
daily note visit #2. Tx: 97530 x2"). PT-004 counts treatment days since the last progress report
(MBPM ch. 15 §220.3) from such notes, and the visit number the clinic writes counts the visits
the record leaves out: four daily notes numbered #9 to #14 after the evaluation are fourteen
visits, not four (blind wave 19, BO/pt-02; wave 27, CV/pt-02).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

_THERAPY = (
    r"(?:pt|ot|physical therapy|physio\w*|occupational therapy|hand therapy|chiro\w*|therapy)"
)
#: Titles that name no kind of note: the generic LOINC "Progress note" every visit note carries,
#: alone or with the US Core category beside it ("Progress note" + "Clinical Note": blind wave
#: 30, DE/pt-02, where the daily notes' "OT Daily note ... visit #16" went uncounted), or with
#: the discipline before it (LOINC "Physical therapy Progress note" on evaluation, report and
#: daily note alike: wave 100, NT/pt-02, where "Daily note visit 16" went uncounted).
GENERIC_TITLE = lazy_re.compile(
    rf"^\s*(?:{_THERAPY}\s+)?"
    r"(?:(?:(?:progress|clinical|visit|office|outpatient)\s+)?(?:notes?|documents?)\s*)*$",
    re.IGNORECASE,
)
#: A therapy's daily or treatment note ("PT DAILY TREATMENT NOTE", "DAILY NOTE visit #18") or a
#: therapy visit by its number ("Hand therapy visit #12"). Not an evaluation or report (below).
_DAILY_HEADING = lazy_re.compile(
    rf"^\W*(?:{_THERAPY}\s+)?(?:daily|treatment|tx)\s+(?:treatment\s+)?note\b"
    rf"|^\W*(?:(?:home health|hh)\s+)?{_THERAPY}\s+(?:daily\s+)?(?:visit|session|tx)\s*(?:#|no\.?)"
    r"\s*\d",
    re.IGNORECASE,
)
#: A parenthesis naming other days by their dates: "(no-show 2/9, 3/2)", "(cancelled 03/04/26)".
_OTHER_DAYS = lazy_re.compile(r"\([^()]*\b\d{1,2}/\d{1,2}\b[^()]*\)")
#: A numbered note of the course: daily, treatment, progress report or note, re-evaluation (not
#: a first evaluation, a phone note or a visit named in passing: "pt asked about visit #12").
_COURSE_NOTE = lazy_re.compile(
    r"\b(?:daily|treatment|tx|progress|re-?eval\w*|re-?assess\w*|recert\w*)\b", re.IGNORECASE
)
#: The visit's number: "visit #9", "Visit 11", "visit #8 of 16 planned", "(visit 11)".
_NUMBER = lazy_re.compile(r"\bvisit\s*(?:#|no\.?)?\s*(\d{1,3})\b", re.IGNORECASE)


def first_line(note: Any) -> str:
    """The note's first non-blank line, "" when it has no text or its title names its kind."""
    if not GENERIC_TITLE.match(note.title or "") or not note.text:
        return ""
    return note.text.lstrip().split("\n", 1)[0]


def daily_heading(note: Any, not_treatment: re.Pattern[str]) -> bool:
    """A note typed generically whose first line names a therapy daily note (``_DAILY_HEADING``),
    not an evaluation or report (``not_treatment``)."""
    line = first_line(note)
    # Missed visits the heading lists by their dates ("Daily note visit 16 (no-show 2/9, 3/2)")
    # were other days: this note's own visit took place.
    return bool(_DAILY_HEADING.match(line)) and not not_treatment.search(_OTHER_DAYS.sub("", line))


def visit_number(note: Any) -> tuple[int, bool] | None:
    """The visit number a therapy note's first line gives, if any, and whether the line names a
    daily treatment note. A report's number dates the report ("SLP Progress note (visit 12)"):
    only daily notes' numbers count visits after it (blind wave 17, BE/slp-04)."""
    line = first_line(note)
    found = _NUMBER.search(line) if _COURSE_NOTE.search(line) else None
    return (int(found.group(1)), bool(_DAILY_HEADING.match(line))) if found else None
