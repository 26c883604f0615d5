"""Blueprint ``dashboard``: ``/dashboard``, for PA coordinators (the worklist's access rule).

It reads the worklist's query parameters with the worklist's parser, so a filtered worklist and
its dashboard are one link apart and show the same requests. Every view is audited.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, render_template, request, url_for

from ..appeals.web.clocks import today
from ..db import get_session
from ..identity import actor_of, coordinator_required
from ..launch import current_launch, launch_required
from ..models import WORKFLOW
from ..reports import audit, pickers
from ..reports.worklist_filter import READINESS_STATES, parse_filter
from ..urls import url_for as link_for
from . import panels, queries

bp = Blueprint("dashboard", __name__)
#: The most urgent deadlines listed under the deadline chart (the denials digest lists them all).
UPCOMING_LISTED = 15
#: Parameters that mean nothing to the dashboard (it draws every matching request).
WORKLIST_ONLY = ("sort", "page")


def filter_args() -> list[tuple[str, str]]:
    """The current filter's query parameters, without the worklist's paging and sorting."""
    return [(k, v) for k, v in request.args.items(multi=True) if k not in WORKLIST_ONLY and v]


def worklist_link(**changes: str) -> str:
    """The worklist with this dashboard's filters (``changes`` replace a parameter)."""
    args = [(k, v) for k, v in filter_args() if k not in changes]
    args += [(k, v) for k, v in changes.items() if v]
    return url_for("reports.worklist") + ("?" + urlencode(args) if args else "")


@bp.app_template_global()
def dashboard_href() -> str:
    """The dashboard with the current page's filters (the worklist links to its charts): its
    link built once per worker (smartapp.urls), on every worklist page."""
    args = filter_args()
    return link_for("dashboard.dashboard") + ("?" + urlencode(args) if args else "")


@bp.get("/dashboard")
@launch_required
@coordinator_required
def dashboard() -> str:
    launch = current_launch()
    spec = parse_filter(request.args)
    db = get_session()
    scope = queries.scoped(db, spec, actor_of(launch), today())
    counts = queries.by_status(scope)
    upcoming = queries.deadlines(scope, today())
    denials, outcomes = panels.denial_charts(queries.denials(scope))
    gaps = queries.missing_elements(db, scope)
    audit.record(launch, "view_dashboard", detail={"results": sum(counts.values())})
    db.commit()
    return render_template(
        "dashboard/index.html", launch=launch, spec=spec, total=sum(counts.values()),
        status_chart=panels.status_chart(counts, lambda status: worklist_link(status=status)),
        service_charts=panels.gap_charts(gaps, "service"),
        clinician_charts=panels.gap_charts(gaps, "requester"),
        denial_chart=denials, outcome_chart=outcomes,
        deadline_chart=panels.deadline_chart(upcoming), upcoming=upcoming[:UPCOMING_LISTED],
        more_upcoming=max(0, len(upcoming) - UPCOMING_LISTED), service_label=panels.service_label,
        day_text=panels.day_text, worklist_href=worklist_link(), as_of=today(),
        facets=pickers.facets(db), workflow=WORKFLOW,
        readiness_states=READINESS_STATES,
    )  # fmt: skip
