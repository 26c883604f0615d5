"""Care a clinician only judges, written right after it: "A cane would not be enough", "a cane
won't help her", "walker is not appropriate", "PT/NSAIDs not appropriate given mechanical block".
The verdict weighs the care for this patient; it does not say the care was had (brief s69-n: each
read as bracing, an assistive device or PT tried, a false met risk for conservative care).

Only a verdict looking ahead ("would not", "won't", "would be insufficient") or one of fitness
("not appropriate", "inappropriate"). A verdict on care in use is an outcome and stays care had:
"cane is not enough", "brace did not help", "cane x 2 yrs, still falls", and care the clause says
was had or goes on ("uses a cane that won't be enough for the hills", "tried a brace 2024, would
not help") or that the verdict says has stopped helping ("the cane won't help her anymore").
Read for spaCy and regex targets alike (statements.py), as :mod:`.care_on_condition` reads care
put off by a condition.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .care_on_condition import HAD_BEFORE, HAD_BETWEEN

_FIT = r"(?:enough|sufficient|adequate|appropriate|safe|helpful|effective|beneficial|useful)"
_DO = r"(?:help|work|suffice|do|benefit)"
#: The verdict, within the care's clause: a few words may stand between ("a cane alone would
#: not be enough", "PT/NSAIDs trial not appropriate").
_VERDICT = lazy_re.compile(
    r"^[^.;,:\n]{0,30}?(?P<verdict>"
    rf"\b(?:would|will|could)\s*(?:not|n't)\s+(?:be\s+)?(?:{_FIT}|{_DO})\b|"
    rf"\bwon'?t\s+(?:be\s+)?(?:{_FIT}|{_DO})\b|"
    r"\bwould\s+be\s+(?:insufficient|inadequate|inappropriate|unsafe|ineffective|futile|"
    r"of\s+(?:no|little)\s+(?:benefit|help|use|value))\b|"
    r"\b(?:not\s+appropriate|inappropriate)\b)",
    re.IGNORECASE,
)
#: The verdict says the care has stopped helping: it was had ("won't help anymore").
_NO_MORE = lazy_re.compile(r"^[^.;,\n]{0,25}?\b(?:any\s*more|again|either|still)\b", re.IGNORECASE)


def judged_only(text: str, start: int, end: int) -> bool:
    """Whether the care at [start, end) of the statement ``text`` is only judged by a verdict
    right after it, with nothing around it saying it was had (see the module docstring)."""
    verdict = _VERDICT.match(text[end:])
    if verdict is None:
        return False
    between = text[end : end + verdict.start("verdict")]
    return not (
        HAD_BETWEEN.search(between)
        or HAD_BEFORE.search(text[max(0, start - 60) : start])
        or _NO_MORE.match(text[end + verdict.end() :])
    )
