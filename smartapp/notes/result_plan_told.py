"""A plan on the study's result whose step its own clause turns down or tells as done is no
plan still ahead.

The decision-dependent concept reads "<step> if <finding>" as the plan an imaging item asks for
(AIM-004, LMRI-007: how the result will change management): "Arthroscopy planning if meniscal
tear confirmed" (blind wave 91, MJ/imaging-other-02), "plan ESI referral if disc herniation" in
the order's note (blind wave 89, MB/lmri-02). The same words tell a step refused or a decision
of the past (brief s77-plan): "Will not refer ortho if tear", "ESI was given 2024 if herniation
recurred", "Arthroscopy was planned if tear confirmed, done 2023". Such a finding is marked
negated (the step turned down) or dropped (the step told as done: a plan's ``historical`` mark
does not undo it, model.NoteFinding.asserted); the family's plans and the patient's refusals
("pt declines ESI even if herniation") are read as such before this module.

Only the clause the finding sits in is read (up to ``.``, ``;`` or a line's end), and only its
words before the condition for a refusal: "If no tear, will not refer; if tear -> scope" keeps
its second branch, and "if no tear -> no surgery" is a branch of the plan, not a refusal of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .clause_spans import clause_end, clause_start
from .model import NoteFinding

_CONCEPT = ("treatment-plan", "decision-dependent")
#: A clause ends at a full stop, a semicolon or a line's end.
_CLAUSE_END = lazy_re.compile(r"[.;\n]")
#: The word that opens the condition: what comes after it is the branch, not the step.
_IF = lazy_re.compile(r"\b(?:if|should|depending|pending|once)\b", re.I)
#: A step turned down before its condition: "will not refer", "won't operate", "no plans to
#: inject", "not going to proceed", "pt does not want surgery".
_REFUSED = lazy_re.compile(
    r"\b(?:will\s+not|won'?t|would\s+not|wouldn'?t|not\s+(?:going|planning)\s+to"
    r"|no\s+plans?\s+(?:to|for)|(?:does|did)\s*(?:not|n't)\s+want|not\s+interested\s+in)\b",
    re.I,
)
#: A step told as done: "was given", "were performed", "had been done", "done 2024",
#: "completed 6/2023", ", done".
_DONE = lazy_re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:given|done|performed|completed)\b"
    r"|\b(?:done|completed|performed)\s+(?:in\s+)?(?:\d{1,2}/)?(?:19|20)\d{2}\b"
    r"|,\s*(?:done|completed|performed)\b",
    re.I,
)


def _clause(text: str, finding: NoteFinding) -> tuple[int, int]:
    """The bounds of the clause ``finding`` starts in."""
    start = clause_start(text, finding.start, _CLAUSE_END)
    return start, clause_end(text, max(finding.end, finding.start), _CLAUSE_END)


def _told(text: str, finding: NoteFinding) -> str:
    """``"negated"`` when the finding's step is turned down before its condition,
    ``"historical"`` when its clause tells it as done, else ``""``."""
    start, stop = _clause(text, finding)
    clause = text[start:stop]
    condition = _IF.search(clause, max(finding.start - start, 0))
    step = clause[: condition.start()] if condition else clause
    if _REFUSED.search(step):
        return "negated"
    if _DONE.search(clause):
        return "historical"
    return ""


def result_plans_told(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each decision-dependent plan its clause turns down marked negated,
    less each its clause tells as done (module doc)."""
    out: list[NoteFinding] = []
    for finding in findings:
        told = ""
        if (finding.category, finding.concept) == _CONCEPT and finding.asserted:
            told = _told(text, finding)
        if told == "historical":
            continue
        out.append(replace(finding, negated=True) if told == "negated" else finding)
    return out
