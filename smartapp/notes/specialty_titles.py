"""A specialty's name alone is the note's title only where the note begins (blind wave 96,
NG/bed-02).

targets.yaml reads a note headed by its specialty's name alone ("Neurology. MS w/ spastic
paraparesis ... Plan: hospital bed", "NEUROLOGY" on a line of its own) as the clinic's record
of the visit it held, as "Pulm visit." is: the ordering neurologist's note on the order's day
was read as no visit, and BED-002's face-to-face as missing. Targets are matched statement by
statement, so the same name later in a note ("Referrals: Cardiology. Neurology.", a consult
list) would be read so too; only the note's first words are its title.

So are a note's opening "Neuro f/u." or "Pulm f/u." (any clinic's or problem's, with its day:
"ILD f/u.", "Sleep f/u 10/6/26.", blind wave 100, NT/oxy-03, NT/sleep-03) and its opening "A/P:"
(blind wave 99, NQ/bed-01, NQ/bed-02, NQ/oxy-02: the ordering practitioner's terse progress
note, its assessment and plan of the day's problems and the order, read as no visit): the first
words of a clinician's own note of a visit. Later in a note, "Neuro f/u." is a plan's follow-up
to come and "A/P:" a section of any note (a telephone note's, a letter's), so neither counts
there. The opening "A/P:" heads the note's plan section, whose statements are plans; the visit
its heading records was held that day, not planned (:func:`plan_heading_visit`). A note whose
words put its in-person visit ahead ("Pulmonary f/u. ... To be seen in person next wk": probe
s62-j) was a contact at a distance, and its title is no visit held. Nor is a letter's (brief
s85-switch): the ordering doctor's letter of medical necessity whose text opens "A/P:" is
written to the payer, not a record of a visit held (CMS PIM ch. 5 §5.7: the letter is no part of
the medical record that shows the encounter), known by its type, description or LOINC display
("Letter", "Letter of medical necessity", "LMN") or by how it opens ("To whom it may concern",
"Re: medical necessity", "Dear Dr. ...").
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .outside_visits import IN_PERSON
from .staff_titles import staff_heading

#: The words the title target matches: a specialty's name, then its stop or line (targets.yaml,
#: the same names); not "Pulm visit.", a visit's label wherever it stands.
_TITLE = lazy_re.compile(
    r"^\s*(?:pulm(?:onary|onology)?|neurology|cardiology|sleep\s+medicine|orthopedics"
    r"|endocrinology|rheumatology|primary\s+care|pm&r|physiatry|nephrology|oncology|hematology"
    r"|urology|sports\s+medicine|family\s+medicine|internal\s+medicine|geriatrics"
    r"|neurosurgery)(?:\s+clinic)?\s*\.?\s*$"  # "Pulmonary Clinic" (blind wave 105)
    # a clinic's or problem's follow-up, with its day or none, closed by its stop or line
    # (targets.yaml): "Pulm f/u.", "ILD f/u.", "Sleep f/u 10/6/26." (blind wave 100). Not the
    # patient here or returning "for f/u", a visit held wherever it is told.
    r"|^\s*(?:(?!(?:for|here|presents?|presented|returns?|returned|comes|came|in|at|to)\b)"
    r"[a-z][a-z/&.'-]*\s+){1,3}?(?:f/u|follow[- ]?up)(?:\s+(?:visit|note))?"
    r"(?:\s*[-:,]?\s*\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?)?\s*\.?\s*$"
    # the note's assessment and plan heading
    r"|^\s*(?:a/p|a&p|assessment\s*(?:and|&|/)\s*plan)\s*:\s*$",
    re.IGNORECASE,
)
#: The note's assessment-and-plan heading, as the in-person target matched it.
_PLAN_HEADING = lazy_re.compile(
    r"^\s*(?:a/p|a&p|assessment\s*(?:and|&|/)\s*plan)\s*:\s*$", re.IGNORECASE
)
#: An in-person visit the note puts ahead: "To be seen in person next wk", "will see in person",
#: "in-person visit next week".
_IN_PERSON_AHEAD = lazy_re.compile(
    r"\b(?:to\s+be|will\s+be|will)\s+(?:seen|see\s+(?:pt|patient|him|her))\s+in[- ]person\b"
    r"|\bin[- ]person\s+(?:visit|appt|appointment|f/u|follow[- ]?up|eval\w*)\s+"
    r"(?:next|in\s+\d|on\s+\d|scheduled|planned|to\s+be)",
    re.IGNORECASE,
)
#: A letter by its type, description or codes (report.py joins them as the note's title):
#: "Letter", "Hospital Letter", "Letter of medical necessity", "LMN", LOINC 51852-2 (Letter).
_LETTER_TITLE = lazy_re.compile(r"\b(?:letters?|lmn|51852-2)\b", re.IGNORECASE)
#: A letter by its first words: its salutation or subject line.
_LETTER_OPENING = lazy_re.compile(
    r"^\W*(?:(?:re|subject)\s*:\s*(?:letter\b|lmn\b|(?:statement\s+of\s+)?medical\s+necessity)"
    r"|letters?\s+of\s+(?:medical\s+)?necessity|lmn\b|to\s+whom\s+it\s+may\s+concern"
    r"|dear\s+(?:dr\b|doctor|medical|reviewer|colleague|sir|madam|utilization))",
    re.IGNORECASE,
)
#: Anything before the title that is more than blank lines or markup.
_CONTENT = lazy_re.compile(r"[^\s*#=_\-]")


def title_not_first(label: str, matched: str, at: int, note_text: str) -> bool:
    """Whether the in-person target ``matched`` (at ``at`` in the note) is a bare specialty
    name, a specialty's "f/u" or an "A/P:" heading that does not open the note: no title, a
    name in a list, a follow-up to come, a section, or the title of a note that puts its
    in-person visit ahead."""
    if label != IN_PERSON or _TITLE.match(matched) is None:
        return False
    # a title later than the note's first words, or of a note that puts its in-person visit ahead
    return (
        _CONTENT.search(note_text, 0, at) is not None
        or _IN_PERSON_AHEAD.search(note_text) is not None
    )


def plan_heading_visit(label: str, matched: str) -> bool:
    """Whether the in-person target ``matched`` is an "A/P:" heading (kept only where it opens
    the note, :func:`title_not_first`): the visit held, though its statement is the plan's."""
    return label == IN_PERSON and _PLAN_HEADING.match(matched) is not None


def without_letter_titles(title: str, text: str, findings: list[Any]) -> list[Any]:
    """``findings`` without the visit a letter's opening words would record (its "A/P:", its
    "Neuro f/u."): a letter, by its ``title`` or first words, records no visit held; nor does a
    nurse's or RT's note ("Nurse Note", "RT note": staff_titles.py), a practitioner's visit."""
    if not (
        _LETTER_TITLE.search(title or "")
        or _LETTER_OPENING.match(text[:300])
        or staff_heading(title, text)
    ):
        return findings
    return [
        f
        for f in findings
        if not (f"{f.category}|{f.concept}" == IN_PERSON and _TITLE.match(f.text))
    ]
