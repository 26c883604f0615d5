""" "Dtr" is a daughter as often as deep tendon reflexes: "Dtr drove her", "lives w/ dtr", "per
dtr, more confused" read as reflexes, so an exam item asking for them stood on who drove the
patient (noticed at stop 52, s71-f).

The abbreviation is reflexes where its grade, site or verdict follows ("DTRs 2+ sym", "DTR: 1+
L patella", "dtr 1+ bilat patellar", "DTRs diminished at ankles") or its statement is an exam
("Neuro: ..., DTRs normal"); the capitals "DTR"/"DTRs" otherwise read as before, unless a
daughter's words stand beside them. A lower- or title-case "dtr" with neither is the daughter.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

REFLEX_LABEL = "exam-findings|reflexes"

#: What follows a reflex: its grade, verdict, side or site.
_REFLEX_AFTER = lazy_re.compile(
    r"s?\s*(?:[:=(-]|\d|(?:are|were|is)\s+)?\s*(?:[0-4]\s*\+|[0-4]\s*/\s*4|\+|trace|absent|"
    r"normal|nl|wnl|intact|sym\w*|equal|brisk|diminished|decreased|reduced|depressed|"
    r"hypo\w*|hyper\w*|present|preserved|bilat\w*|b/l|throughout|patell\w*|achilles|ankles?|"
    r"knees?|biceps|triceps|brachiorad\w*|ue|le|upper|lower|[rl]\b|rt\b|lt\b|right|left)",
    re.IGNORECASE,
)
#: An exam statement: its heading or the exam's other parts before the abbreviation.
_EXAM_BEFORE = lazy_re.compile(
    r"\b(?:neuro\w*|reflex\w*|exam\w*|motor|strength|sensation|sensory|babinski|clonus|"
    r"gait|rom|slr)\b",
    re.IGNORECASE,
)
#: A daughter's words beside it: "w/ dtr", "her Dtr", "per dtr", "Dtr drove ...".
_DAUGHTER_BEFORE = lazy_re.compile(
    r"\b(?:w/|with|her|his|pt'?s|patient'?s|per|by|from|and|&|\+|to|a|one|two|\d)\s*$",
    re.IGNORECASE,
)
_DAUGHTER_AFTER = lazy_re.compile(
    r"s?\s+(?:drove|drives|brought|brings|is|was|were|are|at|present|here|reports?|states?|"
    r"says|said|helps?|lives|called|calls|checks?|visits?|stays?|who|and|&|son|manages?|"
    r"gives?|does|assists?|provides?|accompan\w*)\b",
    re.IGNORECASE,
)


#: Reflexes named by their tendon or short, read as reflexes only with a grade or verdict after
#: them (a side may stand between): "Achilles 1+", "patellar 2+/2+", "AJ 1+ sym", "KJ: absent",
#: "Achilles R 0". Bare, "AJ" is Ashkenazi Jewish ancestry in a genetics note ("AJ ancestry"),
#: "Achilles" a tendon ("Achilles tendinopathy", "Achilles intact" after a Thompson test, "2 cm
#: gap"), "patellar" a kneecap ("patellar mobs", "patellar tracking normal"): a grade is a digit
#: 0-4 with "+" or "/4", or alone before a side or the statement's end, or a reflex's verdict.
NAMED_BY_TENDON = frozenset({"aj", "ajs", "kj", "kjs", "achilles", "patellar"})
_GRADE_AFTER = lazy_re.compile(
    r"s?\s*[:=]?\s*(?:(?:[rl]|rt|lt|right|left|bilat\w*|b/l)\.?\s*[:=]?\s*)?"
    r"(?:[0-4]\s*(?:\+|/\s*[0-4](?!\d)|(?=\s*(?:[,;)]|\.(?!\d)|$|(?:bilat\w*|b/l|sym\w*|"
    r"[rl]|rt|lt|right|left)\b)))|trace|absent|diminished|decreased|reduced|depressed|brisk|"
    r"hyporeflexi\w*|hyperreflexi\w*|hypoactive|hyperactive)",
    re.IGNORECASE,
)


def kept(label: str, seg: Any, ent: Any) -> bool:
    """Whether the reflexes reading of "dtr" or of a tendon's name (``ent``, a span of the
    statement ``seg``) fits its statement; other words and labels are kept as they are."""
    word = ent.text
    if label == REFLEX_LABEL and word.lower() in NAMED_BY_TENDON:
        return bool(_GRADE_AFTER.match(seg.text[ent.end_char :]))
    if label != REFLEX_LABEL or word.lower() not in ("dtr", "dtrs"):
        return True
    before, after = seg.text[: ent.start_char], seg.text[ent.end_char :]
    if _REFLEX_AFTER.match(after) or _EXAM_BEFORE.search(before):
        return True
    daughter = _DAUGHTER_BEFORE.search(before) or _DAUGHTER_AFTER.match(after)
    return word[:3].isupper() and not daughter
