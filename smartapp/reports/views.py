"""The ``reports`` pages people read: the coordinator worklist, a clinician's own requests, a
tracked request's page and the audit trail (its changes: :mod:`.change_views`; a saved
version's exports: :mod:`.export_views`).

Coordinators see every request; a clinician sees the requests they saved (``/my-requests``).
Every page view and every change is written to the audit trail.
"""

from __future__ import annotations

import functools
from typing import Any

from flask import render_template, request
from sqlalchemy import or_

from .. import direct
from ..checks import present
from ..db import each_statement_commits, get_session
from ..identity import actor_of, coordinator_required, person, role_of, split_person, user_ref
from ..launch import current_launch, launch_required
from ..models import WORKFLOW, AuditEvent, TrackedRequest
from ..overrides import panel as overrides
from ..people import load_names
from ..questionnaires import attest
from ..urls import request_hrefs
from . import audit, cards, exporting, fragments, kept_page, listing, pickers, store
from . import worklist as queries
from .access import beside_launch, saved_by, visible_with_version
from .audit_words import name_known
from .blueprint import bp
from .request_lists import REQUEST_EVENTS, named_on_page, request_lists
from .worklist_filter import READINESS_STATES, parse_filter

AUDIT_PAGE = 200


@bp.get("/worklist")
@each_statement_commits
@launch_required(plain_row=True)
@coordinator_required
def worklist() -> str | bytes:
    launch = current_launch()
    spec = parse_filter(request.args)
    # No ORM Session: every statement of the page runs on the request's connection
    # (smartapp.direct), and opening and closing a Session was ~2 % of a view (stop 55).
    me = actor_of(launch)
    # On PostgreSQL the page statement also writes the view's event and looks up the names the
    # page shows (worklist.run_viewed: one round trip fewer, issue 19, stop 57).
    insert, values = audit.view_event(launch, "view_worklist")
    rows, total, carried = queries.run_viewed(spec, me, me, values)
    facets = pickers.facets_of(rows) or pickers.facets(None)  # carried by the rows, or read
    unchecked = listing.unchecked_reasons(None, rows)
    # Every read before the commit: one transaction, and rendering reads nothing. The names
    # shown: the viewer and the assignees (the picker lists every one in use, the rows' too),
    # else read in the statement that writes the view's event (smartapp.written_beside).
    event = None if carried is not None else (
        insert, values | {"detail": {"results": total, "page": spec.page}})
    load_names([me, *facets["assignees"]], written=event, carried=carried)
    shown = fragments.worklist_rows(rows, READINESS_STATES, unchecked)
    direct.commit()
    # The page around its rows, kept by what it shows (smartapp.reports.kept_page).
    return kept_page.kept_render("reports/worklist.html",
                                 kept_page.worklist_key(launch, spec, facets, total), {
        "launch": launch, "total": total, "spec": spec, "facets": facets, "workflow": WORKFLOW,
        "page_size": queries.PAGE_SIZE, "readiness_states": READINESS_STATES,
    }, {"rows": shown})  # fmt: skip


@bp.get("/my-requests")
@launch_required
def my_requests() -> str:
    launch = current_launch()
    rows = (
        get_session()
        .query(TrackedRequest)
        .filter(or_(TrackedRequest.created_by == actor_of(launch), saved_by(actor_of(launch))))
        .order_by(TrackedRequest.updated_at.desc())
        .limit(200)
        .all()
    )
    return render_template("reports/mine.html", launch=launch, rows=rows)


@bp.get("/requests/<int:request_id>")
@bp.get("/requests/<int:request_id>/reports/<int:report_id>")
@each_statement_commits
@launch_required(plain_row=True, beside=beside_launch)
def request_page(request_id: int, report_id: int | None = None) -> str | bytes:
    launch = current_launch()
    # Rows, not ORM objects: the page only shows the request and its version (issue 19), read
    # with the session's row; and no ORM Session unless a card is rendered for the first time.
    tracked, saved = visible_with_version(launch, request_id, report_id)
    # The view's event: on PostgreSQL written by the lists' statement, which also looks up the
    # names the page shows (request_lists: issue 19, stop 57); else by the names' statement.
    event = audit.view_event(
        launch,
        "view_request",
        request_id=tracked.id,
        patient_ref=tracked.patient_ref,
        detail={"report": saved.id},
    )
    connection = direct.connection()
    if connection.dialect.name == "postgresql":
        bound = _bound_names(launch, tracked, saved)
        lists = request_lists(connection, tracked.id, saved, named=bound, written=event)
        carried, event = [*((identity, None) for identity in bound), *lists["names"]], None
    else:
        lists, carried = request_lists(connection, tracked.id, saved), None
    versions, comments, events = lists["versions"], lists["comments"], lists["events"]
    # The report (with its overrides) only to render: a kept page and kept cards need it not.
    panel = overrides.saved_panel(None, launch, tracked, saved, lists["overrides"])
    attested = attest.for_saved(None, saved, lists["attestations"])
    # Every read before the commit (one transaction; rendering reads nothing): the names of the
    # people and patients the page shows, and the denial section's packets.
    from ..appeals.web.request_panel import appeal_panel  # late: the appeals pages import these

    appeal = appeal_panel(tracked)
    load_names(named_on_page(launch, tracked, saved, versions, comments, events, panel, attested,
                             appeal["packets"]), written=event, carried=carried)  # fmt: skip
    name_known(tracked.patient_ref, tracked.patient_name)
    rows = fragments.audit_table(events[:REQUEST_EVENTS], request_hrefs())
    # The report arranged only for a render (kept cards and a kept page need it not).
    arranged = functools.cache(lambda: {"arranged": present.arrange(panel.report)})
    # Before the commit: cards rendered for the first time are stored in this transaction.
    items = cards.report_items(saved.id, arranged, present=present, links=False,
                               overrides=panel, attestations=attested)  # fmt: skip
    direct.commit()
    role = role_of(launch)
    can_write_back = (launch.iss == tracked.iss
                      and exporting.write_back_allowed(launch, tracked.patient_ref))  # fmt: skip
    # How many events the page lists when the request has more (0: it lists them all): the
    # one thing the page shows of the events beyond their rows.
    more = REQUEST_EVENTS if len(events) > REQUEST_EVENTS else 0
    key = kept_page.page_key(tracked, saved, lists, more_events=more, panel=panel,
                             appeal=appeal, role=role, can_write_back=can_write_back)  # fmt: skip
    return kept_page.kept_render("reports/request.html", key, lambda: {
        "launch": launch, "tracked": tracked, "saved": saved, "versions": versions,
        "comments": comments, "more_events": more, "workflow": WORKFLOW,
        "role": role, "report": panel.report, "overrides": panel, **arranged(),
        "present": present, "categories": store.DENIAL_CATEGORIES,
        "assignee_max": store.MAX_ASSIGNEE, "can_write_back": can_write_back, "appeal": appeal,
    }, {"report_items": items, "audit_rows": rows})  # fmt: skip


def _bound_names(launch: Any, tracked: Any, saved: Any) -> list[str]:
    """The identities the request page names that its first statement read (the viewer, the
    request's assignee and saver, the version's saver) and their ``Type/id`` tails."""
    named = {who for who in (actor_of(launch), tracked.assignee, tracked.created_by,
                             saved.run_by) if who}  # fmt: skip
    return sorted(named | {user_ref(who) for who in named})


@bp.get("/audit")
@launch_required
@coordinator_required
def audit_log() -> str:
    launch = current_launch()
    query = get_session().query(AuditEvent)
    request_id = request.args.get("request", "")
    if request_id.isdigit():
        query = query.filter(AuditEvent.request_id == int(request_id))
    actor = request.args.get("actor", "").strip()
    if actor:
        # A bare Practitioner/id means that user at this coordinator's EHR (smartapp.identity).
        wanted = actor if split_person(actor)[0] else person(launch.iss, actor) or actor
        query = query.filter(AuditEvent.actor.in_({actor, wanted}))
    events = query.order_by(AuditEvent.id.desc()).limit(AUDIT_PAGE).all()
    rows = fragments.audit_table(events, request_hrefs())
    audit.record(launch, "view_audit", detail={"request": request_id or None})
    get_session().commit()
    return render_template("reports/audit.html", launch=launch, events=events, audit_rows=rows,
                           request_id=request_id, actor=actor)  # fmt: skip
