"""Names written in capitals match only in capitals, in the record's own words.

A discipline's abbreviation is its name only in capitals: "PT 2x/wk x 6 wks" is physical
therapy, "Pt tolerated" the patient; "SN 3w8" skilled nursing. A criterion's name written in
capitals ("PT", "SN", "HH POC") is therefore matched case-sensitively, in a text read as written:
record texts are lower-cased for matching other names, and there the capitals are lost (blind
wave 69, JB/homehealth-02, plan_services.py; brief s67-d: a therapy CarePlan named only "PT"
was no plan of care). "PT/INR" and "PT INR" are the prothrombin time a nurse draws.

A therapy Procedure the EHR names in words alone is read the same way: "PT lumbar 12 visits",
4/13-5/22, is the physical therapy course (blind wave 71, JI/lumbar-mri-03, brief s68-a).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..evidence.shapes import as_dict, as_str, dicts


@cache
def names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``names`` as whole words: those written in capitals only in capitals, the others
    in any case."""
    parts = []
    for name in sorted(names, key=len, reverse=True):
        word = re.escape(name)
        parts.append(word if name.isupper() else f"(?i:{word})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])(?!\s*[/-]?\s*INR\b)")


def procedure_as_written(resource: dict[str, Any]) -> str:
    """A Procedure's name in its own case: its code's text and its codings' displays (the
    record's text of it is lower-cased, where "PT" and "Pt" are one)."""
    code = as_dict(resource.get("code"))
    words = [as_str(code.get("text"))]
    words += [as_str(coding.get("display")) for coding in dicts(code.get("coding"))]
    return " ".join(w for w in words if w.strip())


def in_capitals(names: tuple[str, ...]) -> tuple[str, ...]:
    """The ``names`` written in capitals."""
    return tuple(name for name in names if name.isupper())
