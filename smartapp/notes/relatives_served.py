"""Relatives a line names only as those a test or counseling is for, not as the ones it tells of.

A line that opens with the patient after a family history written on its header's line tells of
the patient again, unless it names a relative (list_ends.py: "Pt's father also ..." is the
family's). Pre-test counseling's own topics name the relatives too: NCCN lists the implications
of a result for blood relatives and cascade testing among what the counseling covers. So "Pt
never had germline testing. Pre-test counseling done: Lynch syndrome, implications for
relatives, surveillance ..." under "FHx: father - colon ca 55; ..." was read as the family's,
and the counseling GEN-002 asks for was no counseling of the patient's (blind wave 104,
OH/genetic-03). The relatives a counseling or test is for ("implications for relatives",
"cascade testing for his children/siblings", "50% risk to each child", "share results with
family") are no relative the line tells of; a relative named otherwise on the line ("Pt reports
father had colon ca", "Pt's sister tested MLH1+") still keeps it the family's.
"""

from __future__ import annotations

import re

from .. import lazy_re

_KIN = (
    r"(?:relatives?|family(?:\s+members?)?|kin|children|child|kids?|siblings?|sons?|"
    r"daughters?|sisters?|brothers?|offspring|parents?|nieces?|nephews?|cousins?)"
)
#: Words that may qualify the relatives between the preposition and their name.
_QUALIFIER = (
    r"(?:his|her|their|the|pt'?s|patient'?s|at[- ]risk|first[- ]degree|1st[- ]degree|"
    r"second[- ]degree|2nd[- ]degree|blood|family|each|any|all|other|adult|minor|\d{1,2})"
)
#: The counseling's or test's topic, then the relatives it is for: "implications for relatives",
#: "cascade testing for his 2 kids/sister", "risk to each child", "testing of at-risk relatives",
#: "share results with family members". One word may stand between ("implications of results
#: for relatives" is two: the topic's own object, then the relatives).
_SERVED = lazy_re.compile(
    r"\b(?:implications?|cascade(?:\s+(?:testing|screening))?|(?:genetic\s+|predictive\s+)?"
    r"testing|screening|surveillance|risks?|inform\w*|notif\w*|shar\w*|disclos\w*|letters?)"
    r"(?:\s+(?!(?:for|to|of|with|in)\b)[\w-]+){0,2}?\s+(?:for|to|of|with|in)\s+"
    rf"(?:{_QUALIFIER}\s+){{0,3}}{_KIN}\b"
    rf"(?:\s*(?:/|,|&|\+|\band\b|\bor\b)\s*(?:{_QUALIFIER}\s+){{0,2}}{_KIN}\b)*",
    re.IGNORECASE,
)


def without_relatives_served(line: str) -> str:
    """``line`` with the relatives a counseling or test is for blanked out (same length)."""
    return _SERVED.sub(lambda match: " " * len(match.group()), line)
