"""A plan "per results" that names no study is about the test the clause before it names.

The decision-dependent concept reads "treat per findings", "plan per results" and "manage per
imaging findings" as the plan an imaging item asks for: "A/P: MRI L-spine for persistent LBP;
treat per findings" (blind wave 103, OC/lmri-02, LMRI-007) treats per the MRI's findings, the
study named in the clause before. The same words after another test are that test's plan: "UA
sent; treat per results" waits on a urinalysis, "Knee MRI last yr; treat per findings" on
another region's study (brief s88-plans: a plan for something else, another body part). Such a
finding, whose own words name no study, is left out when the clause before it (back to a full
stop, a semicolon or a line's end) names a laboratory or electrodiagnostic test and no study, or,
where the criterion asks for the order's region, a study of another region only. A clause before
that names neither, or names a study of the order's region beside a lab ("MRI L-spine and labs
ordered; treat per results"), leaves the plan as it was.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.region_match import compatible
from ..evidence.regions import regions_in_text
from ..notes.clause_spans import clause_start

#: A study named in the plan's own words: then the plan says whose results it waits on.
_STUDY = lazy_re.compile(
    r"\b(?:mri|mra|ct|cta|imaging|scan|study|x-?rays?|xr|films?|ultrasound|pet|echo|stress)\b",
    re.IGNORECASE,
)
#: Tests whose results are no imaging study's: a urinalysis, a culture, labs, a nerve study. Not
#: the bare "lab", a place: "ECG at the stress lab. Result will decide cath vs med mgmt"
#: (IY/cardiac-03).
_OTHER_TEST = lazy_re.compile(
    r"\b(?:ua|urinalysis|urine|cultures?|labs|lab\s*work|lab\s+tests?|blood\s*work|bw|cbc|bmp"
    r"|cmp|a1c|esr|crp|tsh|emg|ncs|nerve\s+conduction|biops(?:y|ies)|swabs?|pt\s+eval\w*)\b",
    re.IGNORECASE,
)
_BREAK = lazy_re.compile(r"[.;\n]")


def _clause_before(text: str, at: int) -> str:
    """The clause that ends right before ``at`` (the plan's own clause start)."""
    end = text.rfind(";", 0, at)
    stop = text.rfind(".", 0, at)
    line = text.rfind("\n", 0, at)
    end = max(end, stop, line)
    if end < 0:
        return ""
    return text[clause_start(text, end, _BREAK) : end]


def results_of_another(snippet: str, start: int, text: str, regions: frozenset[str] | None) -> bool:
    """Whether the plan ``snippet`` (holding the finding at ``start`` of ``text``) names no
    study and the clause before it names another test, or (``regions``: the order's, when the
    criterion asks for them) a study of another region (module doc)."""
    if _STUDY.search(snippet):
        return False
    at = text.find(snippet, max(0, start - len(snippet)))
    if at < 0 or at > start:
        return False
    before = _clause_before(text, at)
    if _STUDY.search(before):  # "MRI L-spine and labs ordered; treat per results": the MRI's too
        named = regions_in_text(before) if regions else frozenset()
        return bool(named) and not compatible(regions or frozenset(), named)
    return bool(_OTHER_TEST.search(before))
