"""Exam results written in an assessment-and-plan section (blind wave 23, CE/inj-02).

The exam items leave out the plan section: exam words there are most often what is to come
("Recheck SLR at f/u", "PT for core strength", "will assess gait"). But many physicians write the
whole visit under one "A/P" or "Assessment and Plan" header, the exam's results with it ("neuro
exam nonfocal; SLR neg bilat, strength 5/5, reflexes 2+ symmetric; facet loading +, paraspinal
TTP"), and sections.yaml reads those headers as the plan. A statement that gives a result (a
grade, a sign read positive or negative, degrees, "intact", "TTP") reports an examination done;
one that also looks ahead ("recheck", "will", "to be", "if", "next visit") does not.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

_RESULT = lazy_re.compile(
    r"\b[0-5][+-]?/5\b"  # strength grade "5/5", "4+/5"
    r"|\b[0-4]\+(?!\s*/)"  # reflex grade "2+", not "+/-"
    r"|\b\d{1,3}\s*(?:deg(?:rees?)?\b|°)"  # range of motion, SLR angle
    r"|\b(?:neg|negative|pos|positive|intact|nonfocal|non-focal|wnl|symmetric(?:al)?|ttp)\b"
    r"|\btender(?:ness)?\s+to\s+palpation\b"
    r"|[a-z]\s*\+(?=\s*(?:$|[,;.)\]]|bilat|b/l|[lr]\b|left|right|at|over|on))",  # "facet loading +"
    re.IGNORECASE,
)
_AHEAD = lazy_re.compile(
    r"\b(?:re-?check\w*|re-?assess\w*|re-?evaluat\w*|re-?examin\w*|repeat|will|to be|if|"
    r"next (?:visit|appt|appointment)|at f/?u|monitor\w*)\b",
    re.IGNORECASE,
)


def examined_in_plan(statement: str) -> bool:
    """The statement gives an exam's result and looks ahead to none."""
    return bool(_RESULT.search(statement)) and not _AHEAD.search(statement)


def plan_exam_counts(spec: dict[str, Any], finding: Any) -> bool:
    """An exam item's finding in a plan section that reports the examination itself."""
    return (
        bool(spec.get("exam_only"))
        and finding.section == "plan"
        and examined_in_plan(finding.snippet)
    )
