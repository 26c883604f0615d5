"""An evaluation the patient did not come to is no evaluation.

"OT seating and mobility evaluation - patient did not show. Will reschedule." names the power
chair's specialty evaluation (LCD L33789) only as the appointment missed; care_had.py already
reads a no-show as no therapy had ("no-showed PT eval 3/16"), but the clinical-notes
evaluations (a seating, speech, nutrition or psychological evaluation, genetic counseling) kept
it (noticed beside blind wave 102, NZ/wheelchair-2, whose OT's "pt no-show for seating/mobility
evaluation" ConText's own "no-show" denied). Not a statement that also tells the evaluation
held ("seating eval completed 6/30 after a no-show 6/25").
"""

from __future__ import annotations

import re

from .. import lazy_re
from .cues import NO_SHOW

#: The clinical-notes concepts that are a visit held with a specialist (the payer's evaluation).
EVALUATIONS = frozenset(
    f"clinical-notes|{c}"
    for c in ("wheelchair-evaluation", "slp-evaluation", "nutrition-evaluation",
              "psych-evaluation", "genetic-counseling")
)  # fmt: skip
#: Words that the evaluation was held after all.
_HELD = lazy_re.compile(
    r"\b(?:completed|performed|done|attended|seen|evaluated|assessed|rescheduled\s+and)\b",
    re.IGNORECASE,
)


def missed_evaluation(label: str, statement: str) -> bool:
    """Whether ``statement`` tells the evaluation ``label`` names as an appointment not kept."""
    if not any(part in EVALUATIONS for part in label.split(";")):
        return False
    return bool(NO_SHOW.search(statement)) and not _HELD.search(statement)
