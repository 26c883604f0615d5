"""What note analysis produces: :class:`NoteFinding`, one target in one statement with the
statement's modifiers and context, from a :class:`NoteInput` (a note, a report's text, an order's
words or a charted comment)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import lazy_re

#: Categories whose statements are plans by nature: a conditional plan still states the plan.
PLAN_CATEGORIES = frozenset({"treatment-plan"})
#: The operations a plan names (targets.yaml): told as had ("s/p R TSA", "PSH: R TKA"), such a
#: finding is ``historical`` and no plan (surgeries_had.py, brief s72-i).
SURGICAL_PLANS = frozenset(
    {
        "knee-replacement-plan", "hip-replacement-plan", "shoulder-replacement-plan",
        "arthroscopy-plan", "surgery-plan", "bariatric-plan",
    }
)  # fmt: skip
#: Concepts that are a need for care still to be given, when the care is taken up again: a
#: home-health skilled need is the skilled service and what it is for, and "Resume home PT for
#: gait/balance and home safety" after a near-fall states it (blind wave 38, EJ/hh-02) as "Home
#: PT for gait" does; the care given before shows the need. A plan to order ("Will order HH PT
#: for gait": wave 28), a service only considered, or one on a condition ("if she falls again",
#: "if no better") states no need yet.
NEED_CONCEPTS = frozenset({"skilled-need"})
_TAKEN_UP_AGAIN = lazy_re.compile(
    r"\b(?:resum\w*|restart\w*|re-?start\w*|reinstat\w*|renew\w*)\b", re.I
)
_CONDITION = lazy_re.compile(r"\b(?:if|unless|in case|should (?:she|he|they|pt|patient))\b", re.I)
#: ... and only with what the service is for: a bare "Resume home PT" names no skill.
_PURPOSE = lazy_re.compile(
    r"\b(?:gait|balance|transfers?|strength\w*|stairs?|safety|ambulat\w*|mobility|adls?|falls?|"
    r"wound|teach\w*|training|education|instruct\w*|assess\w*|observ\w*|manage\w*)\b",
    re.I,
)
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
    #: Who the note is about, as the record's Patient says: "female", "male" or "" (unknown),
    #: and the birth date. A relative's words after "Mother:" are the patient's when the
    #: pronoun can only be the patient's or the patient is a child (relative_speaker.py).
    sex: str = ""
    born: dt.date | None = None


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
    #: the time of the history entry the statement was cut from, when the care it tells has none
    #: of its own ("2019" for "treated w/ PT x6 wks" in "low back pain (2019, treated w/ PT x6
    #: wks - resolved)"): the care's own words begin with it (entry_dates.py).
    entry: str = ""

    @property
    def asserted(self) -> bool:
        """Counts as presence. Plans count even when conditional; other findings must be stated
        as fact about the patient, and a treatment named in a plan is not yet tried."""
        if self.negated or self.family:
            return False
        if self.category in PLAN_CATEGORIES:
            return not (self.historical and self.concept in SURGICAL_PLANS)
        if self.concept in NEED_CONCEPTS and not (self.historical or self.speculative):
            if not (self.hypothetical or self.planned):
                return True
            return bool(
                _PURPOSE.search(self.text) and _TAKEN_UP_AGAIN.search(self.snippet)
            ) and not _CONDITION.search(self.snippet)
        return not (self.hypothetical or self.planned or self.speculative)
