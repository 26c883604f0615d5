"""The hypopnea scoring rule (3% or 4% desaturation) a sleep index's own clause says it was scored
by: CMS counts a hypopnea with a 4% desaturation (LCD L33718), so an index scored by the 3% rule
is no qualifying figure beside a 4%-rule one (checklists/unread_hypopneas.py).

Split out of measure_values.py, which reads the value itself (and steps over a rule written
between the index and its value).
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The hypopnea scoring rule written beside a sleep index: "AHI 4.2/h (4% rule)", "RDI 11 w/ 3%
#: hypopneas", "RDI (AASM 3% rule) 11.0", "pAHI 3%: 27.9", "3%-rule AHI 12" (blind wave 20,
#: BT/cpap-02). Read up to the end of the index's own clause or table cell, so "pRDI (all): 31.2
#: /h      pAHI 3%: 27.9" gives the pRDI no rule; "84%" or "3.4%" is no rule.
_RULE_NUMBER = lazy_re.compile(r"(?<![\d.])([34])\s*%")
_RULE_JUST_BEFORE = lazy_re.compile(r"(?<![\d.])([34])\s*%(?:[- ]?rule)?[\s:(-]*$", re.IGNORECASE)
#: The rule leading the index's own clause, a comma between: "Using 3% rule, RDI 9", "by the
#: AASM 3% desaturation criteria, AHI 11" (blind wave 51, GK/cpap-03). The lead word ("using",
#: "by", "per", "with") opening the sentence or bracket makes the rule the next clause's: "AHI
#: 4.6 (4% rule), RDI 9" and "AHI 4.6 by 4% rule, RDI 9" give the RDI none.
_RULE_LEADS = lazy_re.compile(
    r"(?:^|[.;:(\n]\s*)(?:scored\s+)?(?:using|by|per|with|under)\s+"
    r"(?:the\s+)?(?:aasm\s+)?([34])\s*%[- ]?(?:desat\w*\s+)?"
    r"(?:rule|criteria|criterion|scoring)\s*,\s*$",
    re.IGNORECASE,
)
_CELL_END = lazy_re.compile(r"[;\n]|\.\s|,\s|\s{3,}")
_NOT_A_RULE = lazy_re.compile(r"^\s*(?:of|tst|time|<|below)", re.IGNORECASE)


def hypopnea_rule(text: str, start: int, end: int) -> int | None:
    """The desaturation rule (3 or 4, per cent) an index at [start, end) says it was scored by,
    or None when its clause names none."""
    before = _RULE_JUST_BEFORE.search(text, max(0, start - 12), start)
    if before:
        return int(before.group(1))
    leads = _RULE_LEADS.search(text, max(0, start - 45), start)
    if leads:
        return int(leads.group(1))
    stop = _CELL_END.search(text, end, end + 40)
    for found in _RULE_NUMBER.finditer(text, end, stop.start() if stop else end + 40):
        if not _NOT_A_RULE.match(text, found.end()):
            return int(found.group(1))
    return None
