"""A date that belongs to what a finding is compared with, not to the finding: the older study a
change is told since ("progressed since 2025"), and an earlier value set beside a result ("SS 72
(was 64 at 8/2025 eval)", "BMI 37.2, was 39 in 2024"). Split out of finding_dates.py, whose
nearest_date skips such dates."""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_end

#: A comparison's date after a change the finding shows: "progressed since 2025", "worse
#: compared with the 3/2025 films", "new vs prior MRI 6/2024". It dates the older study the
#: finding is measured against, not the finding (blind wave 45, FO/tha-02: a January 2026 film
#: "progressed since 2025" read as a 2025 finding, outside the year before the request).
_COMPARED = lazy_re.compile(
    r"(?:\b(?:progress\w*|worse\w*|increas\w*|decreas\w*|chang\w*|unchanged|stable|improv\w*"
    r"|interval\w*|new|advanc\w*|enlarg\w*|grown|grew)\b[^.;:\n]{0,25}?\b(?:since|from)"
    r"|\b(?:compared\s+(?:to|with)|comparison(?:\s+(?:to|with))?|relative\s+to|vs\.?))"
    r"\s+(?:(?:the\s+)?(?:prior|previous|last|old\w*)\s+(?:[a-z]+\s+){0,2}(?:(?:of|on|from|dated)\s+)?)?$",
    re.IGNORECASE,
)


#: An earlier value's date in brackets after the result: "CELF-5 Core Language SS 72 (was 64 at
#: 8/2025 eval)", "MLU 4.1 (baseline 3.2 in 3/2025)", "(up from 58 on 2/2025)". It dates the
#: earlier value the result is set beside, not the result (brief s66-d, blind wave 68,
#: IW/therapy-speech-language-01: this re-evaluation's scores read as of 8/2025). Only in
#: brackets: "Pain was 8/10 in 3/2025" alone is that old value's own statement. A peak is an
#: earlier value too: "BMI 38 (peak 44 in 2020)" (brief s73-d).
_EARLIER_WORDS = (
    r"(?:was|were|previously|prev\.?|prior|baseline|initial(?:ly)?|up\s+from|down\s+from|"
    r"peak(?:ed)?(?:\s+at)?|max(?:imum)?|highest|heaviest|starting"
)
_EARLIER_VALUE = lazy_re.compile(
    rf"\(\s*{_EARLIER_WORDS}|from)\s+[^()]{{1,20}}?\s+(?:at|in|on|from|dated|@)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: ... and, beside a measurement, in the next clause when it gives the earlier value's number:
#: "BMI 37.2, was 39 in 2024", "BMI 36.1, down from 38 in 3/2025" (brief s73-d: the 37.2 read
#: as of 2024). A bare "from" is no earlier value here: "AHI 32, from PSG at Mercy on 1/2025"
#: is the study the reading is from.
_EARLIER_CLAUSE = lazy_re.compile(
    rf"(?:[,;]|\s[-\u2013]\s)\s*(?:and\s+|but\s+)?{_EARLIER_WORDS})\s+"
    r"[^()\n,;]{0,15}?\d[^()\n,;]{0,12}?\s+(?:at|in|on|from|dated|@)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Where such an earlier value's words end: its bracket's close, or its clause's end.
_EARLIER_END = lazy_re.compile(r"[)\n;,]|\.(?!\d)")


def comparison_date(
    text: str, start: int, position: int | None = None, reading: bool = False
) -> bool:
    """Whether the date at ``start`` of a statement is the comparison's a change is told since,
    or an earlier value's set in brackets beside the result (for a ``reading``, in the clause
    after it too). A finding at ``position`` inside the earlier value's own words is that value,
    and the date is its own: "216 lb (down from 225 in March '25 when BMI was 36.1)" is a BMI of
    March 2025 (blind wave 84, LK/bar-02), "Ht 5'6\" (peak BMI 44 in 2023)" one of 2023."""
    low = max(0, start - 60)
    before = text[low:start]
    if _COMPARED.search(before):
        return True
    earlier = _EARLIER_VALUE.search(before) or (reading and _EARLIER_CLAUSE.search(before))
    if not earlier:
        return False
    if position is None:
        return True
    return not (low + earlier.start() < position < clause_end(text, start, _EARLIER_END))
