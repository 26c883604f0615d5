"""Appeal clocks in the app: a denied request's deadlines on today's date, the worklist's deadline
column and filter, and the order of the coordinators' daily digest.

The day comes from :func:`smartapp.checks.views.as_of_today` (the app's one clock read; ``AS_OF``
pins it in the demo and tests); the arithmetic is :func:`smartapp.appeals.compute_deadlines`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ...checks.views import as_of_today
from ...context import request_g
from ...errors import InputError
from ...models import TrackedRequest
from ..calendar import DateOutOfRangeError
from ..clocks import compute_deadlines
from ..deadlines import Deadline, DeadlineReport
from ..denial import Denial
from ..p2p import UM_LINE

#: Worklist filter values (``?due=``) and their labels.
DUE_FILTERS = {
    "overdue": "Overdue",
    "week": "Due within 7 days",
    "urgent": "Overdue or due within 7 days",
}
SOON_DAYS = 7
#: What the coordinator does next, per rule of the next deadline (docs/appeals.md §2).
NEXT_STEPS = {
    "p2p-request": f"Have the ordering provider call CareSource UM ({UM_LINE['phone']}) to "
    "request the peer-to-peer review if wanted; a requested P2P must be completed before the "
    "clinical appeal.",
    "first-level-filing": "File the first-level appeal with the packet: letter, records, and the "
    "member's written consent for a pre-service appeal.",
    "second-level-filing": "File the second-level appeal with an updated packet, or close the "
    "denial.",
    "external-review-filing": "Request external review (for Medicaid: the State fair hearing, by "
    "the member or with the member's written consent), or close the denial.",
}
WAIT_STEP = "Wait for CareSource's decision; record it under Appeal progress when it arrives."
LATE_STEP = "CareSource's decision is late: call Provider Services, then record the decision."
NO_CLOCK_STEP = "No clock is running: record the next step under Appeal progress."


def today() -> dt.date:
    """The app's date for clocks, read once per request."""
    kept = request_g()  # flask.g, read once (smartapp.context)
    today = kept.get("appeal_today")
    if today is None:
        today = kept.appeal_today = as_of_today()
    return today  # type: ignore[no-any-return]


def denial_of(tracked: TrackedRequest) -> tuple[Denial | None, str]:
    """The request's recorded denial, or None and why (none yet, or recorded without dates)."""
    if not tracked.denial:
        return None, "No denial recorded yet."
    if not tracked.denial.get("denial_date"):
        # Denials recorded before the full form existed carry only a reason and a category. Said
        # before parsing: Denial.from_dict would refuse it anyway (denial_date is required), and
        # the worklist asks for every denied row of the page.
        return None, "The denial was recorded without its dates: record it again to start clocks."
    try:
        return Denial.from_dict(tracked.denial), ""
    except InputError as error:
        # A value saved before the form bounded it (a 9999 year): say which, never a 500.
        return None, f"The recorded denial cannot be used ({error.message}): record it again."


def when_words(overdue: bool, days_left: int) -> str:
    """Days left as words; an overdue clock says OVERDUE (never colour alone)."""
    if overdue:
        late = -days_left
        return "OVERDUE today" if late <= 0 else f"OVERDUE by {late} day{'s' * (late != 1)}"
    if days_left == 0:
        return "due today"
    return f"{days_left} day{'s' * (days_left != 1)} left"


def when_text(deadline: Deadline | dict[str, Any]) -> str:
    """:func:`when_words` of a Deadline or of its JSON form (a packet's ``deadlines``)."""
    if isinstance(deadline, dict):
        return when_words(bool(deadline["overdue"]), int(deadline["days_left"]))
    return when_words(deadline.overdue, deadline.days_left)


@dataclass(frozen=True)
class Clock:
    """A request's appeal clocks on one day."""

    tracked: TrackedRequest
    denial: Denial | None
    report: DeadlineReport | None
    problem: str = ""

    @property
    def next(self) -> Deadline | None:
        return self.report.next if self.report else None

    @property
    def state(self) -> str:
        """overdue | soon | later | none (CSS class and filter key; the text says it too)."""
        if self.next is None:
            return "none"
        if self.next.overdue:
            return "overdue"
        return "soon" if self.next.days_left <= SOON_DAYS else "later"

    @property
    def when(self) -> str:
        return when_text(self.next) if self.next else ""

    @property
    def closed(self) -> bool:
        return self.denial is not None and self.denial.stage == "closed"

    def next_step(self, has_packet: bool = True) -> str:
        """What to do next, from the next deadline's rule."""
        deadline = self.next
        if deadline is None:
            return self.problem or NO_CLOCK_STEP
        if deadline.party == "caresource":
            return LATE_STEP if deadline.overdue else WAIT_STEP
        step = NEXT_STEPS.get(deadline.rule_id, deadline.name + ".")
        if not has_packet and self.denial and self.denial.stage in ("denied", "p2p"):
            step = "Build the appeal packet. " + step
        return step

    def urgency(self) -> tuple[int, dt.datetime, int]:
        """Sort key: overdue first, then by due date; requests without a clock last."""
        deadline = self.next
        if deadline is None:
            return (2, dt.datetime.max, self.tracked.id)
        due = deadline.due
        moment = due if isinstance(due, dt.datetime) else dt.datetime.combine(due, dt.time.max)
        return (0 if deadline.overdue else 1, moment.replace(tzinfo=None), self.tracked.id)


def clock_of(tracked: TrackedRequest, as_of: dt.date | None = None) -> Clock:
    """The request's clocks on ``as_of`` (default: the app's today)."""
    denial, problem = denial_of(tracked)
    if denial is None:
        return Clock(tracked, None, None, problem)
    try:
        return Clock(tracked, denial, compute_deadlines(denial, as_of or today()))
    except DateOutOfRangeError as error:
        # A stored value must never break a shared page (worklist, digest): this request says
        # what is wrong with it, every other row shows as usual.
        return Clock(tracked, denial, None, f"{error.message} Record the denial again.")


def matches_due(clock: Clock, due: str) -> bool:
    """Whether a request's next deadline passes the worklist's ``due`` filter."""
    if clock.next is None or clock.closed:
        return False
    if due == "overdue":
        return clock.next.overdue
    soon = not clock.next.overdue and clock.next.days_left <= SOON_DAYS
    return soon or (due == "urgent" and clock.next.overdue)


def by_urgency(rows: list[TrackedRequest], due: str | None = None) -> list[TrackedRequest]:
    """Denied requests most urgent first, optionally only those passing the ``due`` filter."""
    clocks = [clock_of(row) for row in rows]
    if due:
        clocks = [c for c in clocks if matches_due(c, due)]
    return [c.tracked for c in sorted(clocks, key=Clock.urgency)]
