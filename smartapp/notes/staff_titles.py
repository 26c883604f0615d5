"""A note a nurse, respiratory therapist or other non-practitioner wrote, by its heading (brief
s86-stops).

A terse note opening "ILD f/u." or "Pulm f/u." records the ordering practitioner's visit of its
day (specialty_titles.py, blind wave 100). The opener says what the visit was about, not who
held it, and the practitioner was read from the note's author: a nurse's or RT's note filed
under the ordering physician's reference ("Nurse Note" type, "RN note", "RT note", an RT's
walk test) was read as the physician's face-to-face for OXY-002 and BED-002. The face-to-face
those criteria ask for is the treating practitioner's own encounter (CMS NCD 240.2; LCD L33820,
L33798: physician, NP, PA or CNS), so a note whose type, description or first line names a
nurse, RT or other non-practitioner as its kind records no such visit, whatever it opens with.

The heading alone is read, as nurse_notes.py reads a triage call's: the title (the type's
display, description and codes, report.py) anywhere, the first line only at its opening, so a
physician's "ILD f/u. ... 6MWT today by RT" still opens the physician's own note. A nurse
practitioner is a practitioner.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The non-practitioner kinds of writer, spelled out; "Nurse practitioner" is a practitioner.
_KINDS = (
    r"(?:nurs(?:e|es|ing)(?!\s+practitioner)|respiratory\s+(?:therap\w*|care)"
    r"|medical\s+assistant|case\s+manage\w*|social\s+work\w*|dietitian|pharmacist)"
)
#: Their abbreviations.
_ABBREVIATIONS = r"(?:RN|LPN|LVN|RT|RRT|CRT|CNA|CMA)"
#: In the title (read in lower case: report.py, evidence/codes.py), the kind anywhere ("Nurse
#: Note", "Respiratory therapy note", "6MWT - respiratory therapist", LOINC 34746-8 Nurse Note),
#: an abbreviation as the document's kind ("RN note", "RT 6MWT", "(RN)"), not "rt knee".
_STAFF_TITLE = lazy_re.compile(
    rf"\b{_KINDS}\b|\b34746-8\b|\b{_ABBREVIATIONS}\b(?=\s*(?:$|[-():,/]|(?:note|visit|"
    r"assess\w*|eval\w*|6mwt|walk|ambulat\w*|oximetry|intake|phone|call|triage|messages?|msg|"
    r"encounter|documentation|progress|f/u|follow)\b))",
    re.IGNORECASE,
)
#: On the first line, the kind opening it, after a date at most: "RN note 9/2/26:", "RT 6MWT",
#: "Nurse visit note", "Respiratory therapy:", "9/2/26 RN:"; abbreviations in capitals only.
_STAFF_OPENING = lazy_re.compile(
    rf"^\W*(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\s*[-:]?\s*)?(?:(?i:{_KINDS})|{_ABBREVIATIONS})\b"
)


def staff_heading(title: str, text: str) -> bool:
    """Whether a note's ``title`` or the first line of its ``text`` names a nurse, RT or other
    non-practitioner as the note's kind."""
    return bool(_STAFF_TITLE.search(title or "") or _STAFF_OPENING.match(_first_line(text)))


def _first_line(text: str) -> str:
    """The first line of ``text`` that is not blank (as checklists/note_heading.py reads it)."""
    return next((line for line in (text or "").splitlines() if line.strip()), "")
