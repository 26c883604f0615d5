"""Weeks of therapy a statement gives to its plan, not to care had: "PT eval, plan 2x/wk x 6 wks".

An evaluation sets the plan of care; the frequency and weeks written after "plan" (or "POC") in
the evaluation's own line are what is to come, whatever record carries the line, a completed
evaluation Procedure's note included (blind wave 41, EZ/occ-03: "PT eval, plan 2x/wk x 6 wks" on
the 8/4 evaluation made six weeks of therapy before it; the patient came twice and cancelled the
rest). planned_therapy.planned_course reads a statement that opens with the plan ("POC: 12
visits over 6 weeks"); this reads the plan clause later in it, or one opening it that names the
therapy ("Plan PT 2x/wk x 6 wks"). Only when every duration of the statement
stands in that clause: "PT x 8 wks, plan 2x/wk x 4 more wks" still tells eight weeks had. Not a
plan said done ("plan 2x/wk x 6 wks - completed").
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..notes.durations import find_durations
from .planned_therapy import _PLAN_DONE

#: A clause opened by the plan, its frequency or visits right after: ", plan 2x/wk x 6 wks",
#: "; POC: 12 visits over 6 wks", ". Plan of care 2x/week for 6 weeks". The plan may open the
#: statement and name the therapy before its frequency: "Plan PT 2x/wk x 6 wks." at an injury's
#: first visit (EI/workrehab-02: six weeks of PT counted back from that visit, though a later
#: note says PT never started); the imperative "Plan" with no colon is no section header, so
#: the notes read the PT as stated, not planned.
_PLAN_CLAUSE = lazy_re.compile(
    r"(?:^\W*|[,;]|\.(?=\s))\s*(?:(?:pt|ot|therapy|treatment)\s+)?"
    r"(?:plan of care|planned|plan|poc)\s*[:\-]?\s*(?:for\s+)?"
    r"(?:(?:pt|ot|physical therapy|physio\w*|occupational therapy|therapy|chiro\w*)\s*[:\-]?\s*)?"
    r"(?=\d)",
    re.IGNORECASE,
)


#: A clause telling the therapy to come in the future tense: "Will complete PT course 2x/wk x 6
#: wks" after "2 PT visits so far (eval 5/12, 5/19)" is the course planned, its weeks not had
#: (blind wave 44, FJ/occ-02: six weeks counted back from the note, the patient two visits in).
#: What has been had is told apart, in its own words and dates. Therapy only, as for the plan
#: clause: "will continue naproxen, taken x 2 months" tells weeks of a drug had.
_FUTURE_CLAUSE = lazy_re.compile(
    r"\b(?:will|plans? to|going to|intends? to)\s+(?:\w+ly\s+)?"
    r"(?:complete|continue|finish|attend|do|undergo|begin|start|resume)\s+(?:(?:the|a|an|her|"
    r"his|their)\s+)?(?:pt|ot|physical therapy|physio\w*|occupational therapy|hand therapy|therapy|"
    r"chiro\w*)\b",
    re.IGNORECASE,
)


def weeks_planned(text: str) -> bool:
    """Whether every duration of the statement ``text`` stands in a plan clause after its start
    (see module doc), or after a future tense ("will complete PT 2x/wk x 6 wks"), so that none
    of them is care that ran."""
    clause = _PLAN_CLAUSE.search(text) or _FUTURE_CLAUSE.search(text)
    if clause is None or _PLAN_DONE.search(text, clause.end()):
        return False
    durations = find_durations(text, None)
    return bool(durations) and all(d.start >= clause.end() for d in durations)
