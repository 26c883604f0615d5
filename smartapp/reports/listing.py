"""What a worklist row shows, worked out in the view: the template only places the strings.

The worklist renders 50 rows per view; per-row filters, globals and method calls in Jinja were
most of its rendering (issue 19). Each row here is one :class:`Shown` of ready strings, in the
words the template used to compute (the byte-identical page test holds the markup to it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..checks.wording import denial_words, topic_words
from ..people import person
from ..urls import request_href

#: A request id no real row has, marking where ids go in the link.
_MARK = 987_654_321


@dataclass(slots=True)
class Shown:
    """One worklist row's display values (escaped by the template like any other value)."""

    href: str
    patient: str
    birth_date: str | None
    service_code: str
    topic: str
    status: str
    status_words: str
    #: The denial's category in words, on denied requests with a recorded denial; else None.
    denial: str | None
    assignee: str
    readiness: int
    readiness_state: str
    state_words: str
    gaps: str
    updated_iso: str
    updated_day: str
    updated_time: str
    #: The row came from a population run ("Found by the nightly run").
    found_by_run: bool = False


def shown_rows(rows: list[Any], states: dict[str, str]) -> list[tuple[Any, Shown]]:
    """(row, its display values) for each row; the row itself stays for the deadline cell,
    which only denied rows have."""
    out = []
    # One link built by Flask, the others by putting each id in its place (as urls.url_for
    # does, without its per-call checks: 50 rows a page).
    head, _, tail = request_href(_MARK).partition(str(_MARK))
    for row in rows:
        denied = row.status == "denied" and row.denial
        gaps = row.required_gaps
        stamp = row.updated_at.isoformat()  # 2026-10-01T08:00:00[.ffffff]+00:00
        out.append((row, Shown(
            href=f"{head}{int(row.id)}{tail}",
            patient=row.patient_name or row.patient_ref,
            birth_date=row.patient_birth_date,
            service_code=row.service_code,
            topic=topic_words(row.topic),
            status=row.status,
            status_words=row.status.replace("_", " "),
            denial=denial_words([row.denial["category"]]) if denied else None,
            assignee=person(row.assignee) if row.assignee else "Unassigned",
            readiness=row.readiness,
            readiness_state=row.readiness_state,
            state_words=states.get(row.readiness_state, row.readiness_state),
            gaps=f"{gaps} required gap{'' if gaps == 1 else 's'}",
            updated_iso=stamp,
            updated_day=stamp[:10],
            updated_time=stamp[11:16],
            found_by_run=getattr(row, "source", None) == "population",
        )))  # fmt: skip
    return out
