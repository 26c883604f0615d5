"""A relative who translates another language is no communication deficit (brief s65-h).

"Wife 'translates' phone calls" or "husband speaks for her at appointments" tells a patient whose
own speech strangers cannot follow (IU/slp-02; LCD L34563's communication limit in daily terms,
targets.yaml). A family that translates for a patient who speaks another language tells nothing of
the patient's speech: "Family speaks Spanish; daughter translates phone calls" (noticed by s65-c).
The language is often named in another statement of the line, cut from it at ';' or a full stop
("Pt speaks only Vietnamese. Daughter translates phone calls"), where the target's own regex, which
reads only its statement, cannot see it; so the languages are read here, over the statement and
its whole line.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .lines import NoteLines
from .segments import Segment

#: A language, an interpreter or limited English named: what is translated is a language.
LANGUAGE = lazy_re.compile(
    r"\b(?:spanish|english|arabic|somali|nepali|russian|french|vietnamese|chinese|mandarin|"
    r"cantonese|creole|portuguese|ukrainian|swahili|burmese|haitian|asl|sign\s+language|"
    r"interpreters?|language\s+(?:barrier|line)|primary\s+language|non-english|limited\s+english|"
    r"lep)\b",
    re.IGNORECASE,
)
#: The relative speaking for the patient (the targets.yaml form the language guard belongs to).
_SPEAKS_FOR = lazy_re.compile(
    r"\b(?:translat|interpret)\w*|\b(?:speaks?|talks?|answers?|orders?)\s+for\b"
    r"|\b(?:makes?|handles?)\b[^.;]*\bcalls\b",
    re.IGNORECASE,
)
_LABEL = "clinical-notes|communication-limitation"


def translates_a_language(label: str, match: re.Match[str], seg: Segment, lines: NoteLines) -> bool:
    """True when the communication limit ``match`` is a relative speaking for the patient in a
    statement whose text or line names another language."""
    if label != _LABEL or not _SPEAKS_FOR.search(match.group()):
        return False
    line = lines.line_at(seg.start + match.start())
    return bool(LANGUAGE.search(seg.text) or LANGUAGE.search(line))
