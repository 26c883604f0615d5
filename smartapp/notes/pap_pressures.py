"""A bi-level device's pressures, written like a day: "bilevel 10/6", "BPAP 16/12 cm H2O".

Split out of written_dates.py, whose :data:`DATE` reads a yearless "N/M" as a day. A bi-level
setting is two pressures, inhaled over exhaled (IPAP/EPAP), written with a slash; after the
device's name, or before its unit, it is no date (blind wave 47, FW/cpap-03: a titration report's
"titration began on bilevel 10/6 and was advanced to 16/12 cm H2O" dated the sleep study October
6 of the year before, so the in-person visit before the study read as after it).
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The device or setting right before the figure: "bilevel 10/6", "BiPAP: 14/10", "IPAP/EPAP of
#: 12/8", "pressures 16/12". Only with nothing but a colon or "of"/"at" between: "BPAP on 10/6"
#: may be the day it began.
_BEFORE = lazy_re.compile(
    r"\b(?:bi-?level|bi-?pap|bpap|vpap|ipap\s*/\s*epap|pressures?)\s*:?\s*(?:(?:of|at)\s+)?$",
    re.IGNORECASE,
)
#: The pressure unit right after the figure: "16/12 cm H2O", "16/12cmH2O".
_AFTER = lazy_re.compile(r"\s*cm\s*(?:h2o|of\s+water|wp)\b", re.IGNORECASE)


def pap_pressure(match: re.Match[str], text: str) -> bool:
    """Whether a yearless "N/M" match of written_dates.DATE (groups 4-6: month, day, year) is a
    bi-level device's pair of pressures, not a day."""
    if not match.group(4) or match.group(6):
        return False
    before = text[max(0, match.start() - 30) : match.start()]
    return bool(_BEFORE.search(before) or _AFTER.match(text, match.end()))
