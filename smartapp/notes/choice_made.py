"""A choice weighed, then made: "Discussed arthroscopic meniscectomy vs continued nonop
management; pt prefers surgery." The options (context.yaml's "vs nonop" rules) leave a plan
open, but the patient's choice written right after them, in the same sentence, closes it (blind
wave 51: GL/tsa-03 left it open, "Pt will think about it"; AO/kas-03 closed it). Only the
sentence's next clause is read, so a choice about something else further on does not count.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The weighing: "X vs Y", "X versus Y".
_WEIGHED = lazy_re.compile(r"\b(?:vs\.?|versus)(?!\w)", re.IGNORECASE)

#: The choice, opening the next clause: "; pt prefers surgery", ", she elects to proceed".
_CHOSEN = lazy_re.compile(
    r"^\s*[;,]\s*(?:and\s+)?(?:the\s+)?(?:pt|patient|she|he|they)\s+"
    r"(?:prefers|preferred|elects|elected|chooses|chose|opts|opted|decided|has\s+decided|"
    r"wishes\s+to\s+proceed|wants\s+to\s+proceed|would\s+like\s+to\s+proceed|agrees\s+to|"
    r"agreed\s+to)\b(?!\s+(?:not|against|nonop|non-op|conservative|continued|more\s+time|"
    r"to\s+(?:think|wait|hold|defer|continue|try|keep|consider)))",
    re.IGNORECASE,
)


def choice_made(text: str, statement: str, end: int) -> bool:
    """Whether ``statement`` (ending at ``end`` in the note ``text``) weighs options and the
    clause right after it, on the same line, states the patient's choice."""
    if not _WEIGHED.search(statement):
        return False
    rest = text[end : end + 120].split("\n", 1)[0]
    return bool(_CHOSEN.match(rest))
