"""What note analysis produces: :class:`NoteFinding`, one target in one statement with the
statement's modifiers and context, from a :class:`NoteInput` (a note, a report's text, an order's
words or a charted comment)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

#: Categories whose statements are plans by nature: a conditional plan still states the plan.
PLAN_CATEGORIES = frozenset({"treatment-plan"})
#: Categories for which a mention in a plan section is a plan, not a fact: care and tests named
#: there are to be done ("Plan: PT 2x/wk", "XR ordered"). Findings and assessments written in an
#: "A/P" section ("COPD with orthopnea") are facts; the plan of care lives in the plan section.
PLANNED_CATEGORIES = frozenset(
    {"conservative-treatment", "diagnostic-results", "medication-history", "face-to-face"}
)
#: Categories whose findings are care tried: care the patient may have chosen alone
#: (self_directed.py), and one of the several a history line may list (checklists/care_parts.py).
CARE_CATEGORIES = frozenset({"conservative-treatment", "medication-history"})


@dataclass(frozen=True)
class NoteInput:
    """One text to analyse: a note, a report's text or an order's free text."""

    ref: str
    text: str
    date: dt.date | None = None
    title: str = ""


@dataclass(frozen=True)
class NoteFinding:
    """One target found in one statement, with the statement's modifiers and context."""

    note_ref: str
    category: str
    concept: str
    text: str
    start: int
    end: int
    negated: bool
    historical: bool
    hypothetical: bool
    family: bool
    duration_days: int | None
    snippet: str
    section: str = ""
    planned: bool = False
    dates: tuple[dt.date, ...] = ()
    regions: frozenset[str] = frozenset()
    value: float | None = None
    #: the result was normal / negative ("QuantiFERON negative", "McMurray neg", "XR normal").
    normal: bool = False
    #: the date the statement gives this finding ("XR R knee from 07/2025"), if any.
    when: dt.date | None = None
    #: only talked about ("TKA may eventually be needed", "options discussed").
    speculative: bool = False
    #: care the patient chose alone ("OTC Tylenol", "heat on his own"), not provider-directed.
    self_directed: bool = False
    #: the statement was copied from a note written that day ("[Copied from 12/11/2025 note]").
    copied_from: dt.date | None = None
    #: ``copied_from`` is the visit a late entry documents ("LATE ENTRY for visit of 12/10"),
    #: not the note the text was copied from.
    late_entry: bool = False

    @property
    def asserted(self) -> bool:
        """Counts as presence. Plans count even when conditional; other findings must be stated
        as fact about the patient, and a treatment named in a plan is not yet tried."""
        if self.negated or self.family:
            return False
        if self.category in PLAN_CATEGORIES:
            return True
        return not (self.hypothetical or self.planned or self.speculative)
