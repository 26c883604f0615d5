"""How far back a checklist's note criteria reach: the widest ``within_days`` of the operators
that read notes, widened where the data implies more (a start of care up to a year back, a plan
still in force, the note that scheduled a yearly study). No window means every note.

Split out of loader.py: :meth:`Checklist.lookback_days` (the NLP's window) and
:mod:`smartapp.checklists.lookback` (which note texts to fetch) walk criteria with it.
"""

from __future__ import annotations

from typing import Any

from .care_start import EPISODE_DAYS
from .plan_periods import LONGEST_PLAN_DAYS
from .scheduled import SCHEDULED_DAYS

#: Operators that read NLP findings (the NLP runs over their widest window).
FINDING_OPERATORS = ("note_finding", "care_episode", "note_value")
#: No window → every note counts; a century lets every note through.
ALL_NOTES_DAYS = 36500


def widest_note_window(
    criterion: Any,
    operators: tuple[str, ...] = FINDING_OPERATORS,
    fixed: dict[str, int] | None = None,
) -> int:
    """The widest ``within_days`` of ``operators`` in ``criterion`` (no window: a century);
    ``fixed`` gives operators whose window is not in the data (coordination: 180 days)."""
    if isinstance(criterion, dict):
        own = 0
        for operator in operators:
            if operator in criterion:
                spec = criterion[operator] if isinstance(criterion[operator], dict) else {}
                fixed_days = (fixed or {}).get(operator)
                days = fixed_days or spec.get("within_days", ALL_NOTES_DAYS)
                if spec.get("since") == "start-of-care":
                    days += EPISODE_DAYS  # it opens before a start of care up to a year back
                if spec.get("in_force"):
                    days = max(days, LONGEST_PLAN_DAYS)  # a plan still in force may be older
                if spec.get("scheduled"):
                    days = max(days, SCHEDULED_DAYS)  # the note that scheduled a yearly CT
                own = max(own, days)
        nested = (widest_note_window(v, operators, fixed) for v in criterion.values())
        return max([own, *nested])
    if isinstance(criterion, list):
        return max([0, *(widest_note_window(v, operators, fixed) for v in criterion)])
    return 0
