"""The next step a plan names with its condition: care to come if the present care fails.

"P: MRI now ...; PT starting 4/15; if persistent after PT consider ESI." (blind wave 104,
OI/lmri-03, LMRI-007) is a treatment plan as a payer asks for one: the next step (an epidural)
and when it will be taken (PT fails). The note reader rightly flags the epidural hypothetical and
talked about ("if", "consider"), so a criterion asking for care stated as fact never takes it;
``next_step: true`` asks for this instead. A care target counts when its own clause puts it on a
condition of failure of the care now given: after it ("ESI if no better after PT", "ESI if
persistent", care_on_condition.on_condition's reading, which leaves out care the clause says
was had: "s/p ESI 11/2025 - if no better"), or before it, with a step that leads to it ("if
persistent after PT consider ESI", "If no improvement with PT, will refer for ESI", "if sx
persist -> ESI").

Not such a step: care only talked about with no condition ("consider ESI", "may need ESI
eventually", "discussed ESI"), care inside the condition itself ("If no better after ESI,
consider surgery": the epidural is the care that failed, the step is surgery), care had and
failed ("Had ESI in January, failed"), care refused or ruled out (negated), a relative's, and
the payer's example restated ("CareSource requires documentation of the plan, e.g. ESI if
persistent": payer_plans.restates_payer).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..notes.care_on_condition import FAILURE, HAD_BEFORE, HAD_BETWEEN, on_condition
from ..notes.clause_spans import clause_start
from ..notes.payer_plans import restates_payer

#: The present care failing: care_on_condition's words, and the bare "persistent" a plan writes
#: with its subject left out ("if persistent", "if sx persistent", "if still refractory").
_FAILS = (
    rf"(?:{FAILURE}|(?:(?:pain|symptoms?|sx|sxs)\s+(?:is\s+|are\s+)?)?(?:still\s+)?"
    r"(?:persistent|persisting|ongoing|unimproved|refractory)"
    r"|(?:pain|symptoms?|sx|sxs)\s+persist)"
)
#: The condition first, then the step that leads to the care: "if persistent after PT consider
#: ", "If no improvement with PT, will refer for ", "if sx persist -> ". The care follows the
#: step within a few words; an "if" clause with no step after it holds the care in its
#: condition ("If no better after ESI, consider surgery").
_FAILED_FIRST = lazy_re.compile(
    rf"\bif\s+{_FAILS}\b[^.;\n]{{0,40}}?"
    r"(?:,|->|\u2192|=>|:|\bthen\b|\bconsider\w*|\bwill\b|\bwould\b|\bplan\b|\brefer\w*"
    r"|\bproceed\w*|\bschedul\w*|\boffer\w*|\brecommend\w*|\bnext\b)[^.;\n]{0,40}$",
    re.IGNORECASE,
)
#: The condition after the care: "ESI if persistent" (care_on_condition reads the other words).
_FAILS_AFTER = lazy_re.compile(rf"^(?P<between>[^.;\n]{{0,30}}?)\bif\s+{_FAILS}\b", re.IGNORECASE)
_BREAK = lazy_re.compile(r"[.;\n]")


def _put_on_failure(statement: str, start: int, end: int) -> bool:
    """Whether the care at ``start``-``end`` of ``statement`` is the step its clause takes if
    the present care fails (module doc)."""
    if HAD_BEFORE.search(statement[max(0, start - 60) : start]):
        return False  # "s/p ESI x2 ... if persistent": the care was had
    if on_condition(statement, start, end):
        return True
    after = _FAILS_AFTER.match(statement[end:])
    if after and not HAD_BETWEEN.search(after["between"]) and "," not in after["between"]:
        return True
    opened = clause_start(statement, start, _BREAK)
    return bool(_FAILED_FIRST.search(statement[opened:start]))


def next_step(finding: Any) -> bool:
    """Whether ``finding`` (a care target) is a plan's next step put on the present care's
    failure (module doc); never a negated, a relative's or the payer's restated one."""
    if finding.negated or finding.family:
        return False
    statement = finding.snippet or ""
    name = re.escape(finding.text or "")
    if not name:
        return False
    for match in re.finditer(name, statement, re.IGNORECASE):
        if restates_payer(statement, match.start()):
            continue
        if _put_on_failure(statement, match.start(), match.end()):
            return True
    return False
