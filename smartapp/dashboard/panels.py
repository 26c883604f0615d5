"""The dashboard's charts in plain words: query results (:mod:`.queries`) become :class:`Chart`
objects whose labels are people's names, element and service names, months and statuses."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from ..appeals.eob_codes import CATEGORY_LABELS
from ..checklists import load_catalog
from ..checklists.elements import ELEMENT_LABELS
from ..models import WORKFLOW
from ..reports.worklist_filter import READINESS_STATES
from .charts import Chart, Series, stacked
from .queries import NO_DATE, NO_REQUESTER, OUTCOMES, Gap, Upcoming

STATUS_LABELS = {state: state.replace("_", " ").capitalize() for state in WORKFLOW}
GAPS = (Series("gaps", "Requests missing it or partly documented", "seg-gap"),)
#: Upcoming-deadline buckets: (label, the last day left it holds; None = overdue).
WINDOWS = (("Overdue", None), ("Due in the next 7 days", 7), ("Due in 8 to 14 days", 14),
           ("Due in 15 to 30 days", 30), ("Due in more than 30 days", 10**6))  # fmt: skip


def element_label(element: str) -> str:
    return ELEMENT_LABELS.get(element, element.replace("-", " ").capitalize())


def service_label(code: str) -> str:
    """``72148 · Lumbar spine MRI (advanced imaging)``: the code and its checklist's title."""
    checklist = load_catalog().for_service(code)
    return f"{code} · {checklist.title}" if checklist else code


def day_text(value: dt.date | dt.datetime | str | None) -> str:
    """A date as people write it (25 Nov 2026), with the hour for hour clocks; an ISO string
    that is no date comes back as it is."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    text = f"{value.day} {value:%b %Y}"
    return f"{text}, {value:%H:%M}" if isinstance(value, dt.datetime) else text


def month_label(month: str) -> str:
    if month == NO_DATE:
        return "Denial date not recorded"
    try:
        return dt.date.fromisoformat(f"{month}-01").strftime("%B %Y")
    except ValueError:
        return month


def category_label(category: str) -> str:
    words = CATEGORY_LABELS.get(category, "category not recorded")
    return words[:1].upper() + words[1:]


def status_chart(counts: dict[tuple[str, str], int], link: Callable[[str], str]) -> Chart:
    """Requests by workflow status (bars, in workflow order), split by readiness state."""
    rows = []
    for status in WORKFLOW:
        by_state = {state: n for (s, state), n in counts.items() if s == status}
        rows.append((STATUS_LABELS[status], by_state, link(status)))
    series = (Series("not_ready", READINESS_STATES["not_ready"], "seg-not-ready"),
              Series("incomplete", READINESS_STATES["incomplete"], "seg-incomplete"),
              Series("ready", READINESS_STATES["ready"], "seg-ready"))  # fmt: skip
    return stacked("status", "Requests by status and readiness", unit="requests",
                   row_header="Status", series=series, rows=rows, keep_empty=True,
                   empty="No requests match these filters.")  # fmt: skip


def gap_charts(gaps: list[Gap], by: str) -> list[Chart]:
    """One small chart per service (``by="service"``) or ordering clinician: its missing
    elements, most requests first; the groups with the most gaps first."""
    grouped: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for gap in gaps:
        grouped[gap.service if by == "service" else gap.requester][gap.element] += gap.requests
    order = sorted(grouped, key=lambda g: (-sum(grouped[g].values()), g == NO_REQUESTER, g))
    charts = []
    for number, group in enumerate(order, 1):
        if by == "service":
            title = service_label(group)
        else:
            title = group or "Ordering clinician not named on the order"
        elements = sorted(grouped[group].items(), key=lambda pair: (-pair[1], pair[0]))
        charts.append(stacked(
            f"gaps-{by}-{number}", title, unit="requests", row_header="Element", series=GAPS,
            rows=[(element_label(element), {"gaps": n}) for element, n in elements],
        ))  # fmt: skip
    return charts


def _by_month(rows: list[tuple[str, str, str, int]], pick: int) -> list[tuple[str, dict]]:
    months: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        months[row[0]][row[pick]] += row[3]
    # Months in time order; denials recorded without a date last.
    ordered = sorted(months, key=lambda m: (m == NO_DATE, m))
    return [(month_label(m), dict(months[m])) for m in ordered]


def denial_charts(rows: list[tuple[str, str, str, int]]) -> tuple[Chart, Chart]:
    """Denials per month of denial, split by category; the same denials split by outcome."""
    categories = tuple(Series(key, category_label(key), f"seg-cat-{n}")
                       for n, key in enumerate((*CATEGORY_LABELS, ""), 1))  # fmt: skip
    outcomes = tuple(Series(key, label, f"seg-outcome-{key}") for key, label in OUTCOMES.items())
    empty = "No denials recorded for these requests."
    return (
        stacked("denials", "Denials by category, by month of denial", unit="denials",
                row_header="Month of denial", series=categories, rows=_by_month(rows, 1),
                empty=empty),
        stacked("outcomes", "Appeal outcomes, by month of denial", unit="denials",
                row_header="Month of denial", series=outcomes, rows=_by_month(rows, 2),
                empty=empty),
    )  # fmt: skip


def _window(upcoming: Upcoming) -> str:
    deadline = upcoming.clock.next
    if deadline is None or deadline.overdue:  # None: never (queries.deadlines drops those)
        return WINDOWS[0][0]
    return next(label for label, last in WINDOWS[1:] if deadline.days_left <= (last or 0))


def deadline_chart(upcoming: list[Upcoming]) -> Chart:
    """Open denials by how soon their next deadline falls."""
    counts = dict.fromkeys((label for label, _ in WINDOWS), 0)
    for entry in upcoming:
        counts[_window(entry)] += 1
    series = (Series("due", "Open denials", "seg-due"),)
    return stacked("deadlines", "Next appeal deadline of each open denial", unit="denials",
                   row_header="Next deadline", series=series,
                   rows=[(label, {"due": n}) for label, n in counts.items()], keep_empty=True,
                   empty="No appeal deadline is running for these requests.")  # fmt: skip
