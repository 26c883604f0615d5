"""A bare "Criteria:" label over a quotation, or over words marked pasted, restates what the payer
asks for (blind wave 107, OP/surgery-bariatric-03: "Criteria: 'BMI >= 40 ... documented failure
of medically supervised weight loss' [pasted]." read as BAR-003's supervised attempt in a letter
whose patient declined the program). The quote marks, or the "[pasted]" marker, say the words are
someone else's, the criteria's, not the patient's history. Unquoted and unmarked, "Criteria:
completed 6-mo supervised program 2025" may be the clinician's own facts for them, and "Criteria
met: ..." is a verdict; neither is matched. :mod:`.payer_criteria` reads both: the statement
from the label on (:func:`quoted_from`), and a quotation split at its semicolons into many
statements (:data:`QUOTED_LABEL` among its labels, :func:`still_quoted`).
"""

from __future__ import annotations

import re

from .. import lazy_re

#: What a bare criteria label may name before its colon ("Criteria for bariatric surgery:").
_LABEL = r"\b(?:criteria|criterion)(?:\s+(?:for|of)\s+[^:.;\n'\"\u201c\u2018]{1,40}?)?\s*:"
#: The label with a quotation opening after it: a CRITERIA_LABEL alternative (no group).
QUOTED_LABEL = _LABEL + r"(?=\s*['\"\u201c\u2018])"
#: In one statement: the quoted label, or the label over words marked pasted ("Criteria: BMI >=
#: 40, failure of supervised weight loss (pasted)"; a statement ends at a semicolon).
_RESTATED = lazy_re.compile(
    QUOTED_LABEL
    + r"|"
    + _LABEL
    + r"[^;\n]{0,300}?[\[(]\s*(?:pasted|copied|verbatim|quoted)\s*[\])]",
    re.IGNORECASE,
)
#: Quote marks that open or close a quotation; a single quote only where no letter stands on the
#: side it opens or closes toward ("pt's" is an apostrophe).
_OPENS = lazy_re.compile(r"(?<!\w)['\u2018]|[\u201c]")
_CLOSES = lazy_re.compile(r"['\u2019](?!\w)|[\u201d]")
_SINGLE = ("'", "\u2018")


def quoted_from(text: str) -> int | None:
    """Where a statement's bare quoted or pasted criteria label starts (None when it has none)."""
    found = _RESTATED.search(text)
    return found.start() if found else None


def still_quoted(between: str) -> bool:
    """Whether the text from a label's colon up to a finding leaves the quotation it opens still
    open: double quotes by their count, single ones by openers against closers."""
    opening = between.lstrip()[:1]
    if opening not in _SINGLE:
        opened = between.count('"') + between.count("\u201c") - between.count("\u201d")
        return opened % 2 == 1
    return len(_OPENS.findall(between)) > len(_CLOSES.findall(between))
