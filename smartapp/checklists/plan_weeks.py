"""A plan of care ends with the duration it certifies: "OT RE-EVAL ... POC: 2x/wk x 8 wks" of
6/10 certifies treatment to 8/05 (blind wave 106, ON/ptot-02: daily notes copying its goals
forward to 8/27 kept it read as in force on 8/31, a gap called met).

A plan certifies treatment for its stated frequency and duration; when that period has run out
before the day, a recertification or a new plan is due, and until one is written the old plan
no longer covers the service (Medicare Benefit Policy Manual ch. 15 §220.1.2-3). So a plan of care
named and stated with its visit rate and its weeks ("POC: 2x/wk x 8 wks", phases after "then"
added up) or its visits at that rate ("POC: 16 visits at 2x/wk") runs from the note's day to
that end (:func:`certified_periods`, plan_through.lasting_periods), and after it the note is
about a lapsed plan, as one whose "through" day has passed already was.

Not when the plan is carried on: a later note (not an order) states a plan running on the day,
by its own period ("RE-EXAM ... Continue POC through 7/31", EB/pt-02), its
own rate and weeks or visits under a plan heading ("Plan: 8 more visits 1x/wk then release to
HEP", NL/pt-03), a recertification's next period. Nor a plan with no stated end, nor one
counted in visits beside its weeks ("x 6 wks (18 visits)": the calendar does not date its
last visit). Weeks alone, with no rate, may be a symptom's or a goal's: they end nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from .. import lazy_re
from ..evidence.record import Note
from .plan_through import lasting_periods

#: The plan that certifies care by its name ("plan of care", "POC"; not a "cert period", whose
#: dates are its own, nor an "episode", which may be the illness's).
_CERTIFYING = lazy_re.compile(r"\b(?:plan of care|poc)\b", re.IGNORECASE)
#: A plan's heading in a later note that carries the plan on: "Plan: 8 more visits 1x/wk".
_PLAN_HEADING = lazy_re.compile(
    r"\b(?:(?:updated|revised|new|treatment|tx|care)\s+)?plan\s*:", re.IGNORECASE
)


def certified_periods(text: str, written: date | None) -> list[tuple[date, date]]:
    """The periods the plans of care in ``text`` certify by their rate and weeks (or visits at
    the rate), from ``written``."""
    return lasting_periods(text, _CERTIFYING, written, rated=True)


def weeks_ran_out(
    note: Note,
    texts: Sequence[Note],
    on: date,
    lapsed: Callable[..., bool],
    in_force: Callable[[str, date, date | None], bool],
) -> bool:
    """Whether ``note``'s plan ran out its certified weeks before ``on`` with no other period of
    its own running (``lapsed``: plan_periods.states_plan_lapsed) and no later note carrying a
    plan on to ``on`` (``in_force``: plan_periods.states_plan_in_force, or a plan heading's rate
    and weeks or visits)."""
    text, written = note.text or "", note.date
    if written is None or not lapsed(text, on, written, weeks=True):
        return False
    return not any(
        other.ref != note.ref and other.kind != "order" and other.text
        and other.date is not None and written < other.date <= on
        and (in_force(other.text, on, other.date)
             or any(a <= on <= b for a, b in _headed_periods(other.text, other.date)))
        for other in texts
    )  # fmt: skip


def _headed_periods(text: str, written: date) -> list[tuple[date, date]]:
    return lasting_periods(text, _PLAN_HEADING, written, rated=True)
