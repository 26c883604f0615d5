"""An addendum's label at a line's start ends the list or goals written above it.

An addendum or late entry is a new entry, written on another day, appended below the note: a
goals list or a drug list the note's last line opened does not reach into it. "Plan: 1x/wk x 24
wks; goals: closed-set 12-word ID 90% ..." then "ADDENDUM 9/25/26: standardized testing completed
today - PLS-5 Auditory Comprehension SS 63, Expressive Communication SS 66" reports scores the
testing deferred at the evaluation gave a week later, not goals' targets (blind wave 110,
OZ/speech-language-02: the addendum's scores were read under the inline "goals:" label and
refused as SLP-002's standardized scores). Only a list's or goals' section ends so: a plan or
assessment section's meaning is left as it was.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: "ADDENDUM 9/25/26:", "Addendum (02/17/26) -", "Late entry 2/17/2026 09:40:", "Addendum:",
#: "** ADDENDUM **": the label opens the line, dated or not, and ends at a colon, dash or its
#: line's end (finding_dates reads the same labels' dates as the entry's writing day).
_LABEL = lazy_re.compile(
    r"^[\s#*>=\-]*(?:addendum|late\s+entry|amendment)\b[*#=\s]*"
    r"(?:\(?\s*(?:(?:dated|on|of)\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r"(?:\s*(?:@|at)?\s*\d{1,2}:\d{2}\s*(?:am|pm)?)?\s*\)?)?[*#=\s]*(?:[:\-–]|$)",
    re.IGNORECASE,
)

#: The sections an addendum's label ends: lists and goals, whose items run line after line.
ENDED = frozenset({"goals", "medications", "problem_list", "allergies", "pmh", "family"})


def addendum_line(line: str, section: str) -> bool:
    """Whether ``line`` opens an addendum that ends the list or goals ``section`` above it."""
    return section in ENDED and bool(_LABEL.match(line))
