"""Blueprint ``reports``: the coordinator worklist, a tracked request's page, workflow changes,
comments, saved-report exports and the audit trail.

Coordinators see every request; a clinician sees the requests they saved (``/my-requests``).
Every page view and every change is written to the audit trail.
"""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from sqlalchemy import or_

from .. import direct
from ..checks import present
from ..db import get_session
from ..errors import InputError
from ..identity import actor_of, coordinator_required, person, role_of, split_person
from ..launch import current_launch, launch_required
from ..models import WORKFLOW, AppSession, AuditEvent, SavedReport, TrackedRequest
from ..overrides import panel as overrides
from ..people import load_names
from ..questionnaires import attest
from ..questionnaires.in_report import attested_report
from ..urls import request_hrefs
from . import audit, cards, exporting, fragments, kept_page, listing, pickers, store
from . import worklist as queries
from .access import (
    beside_launch,
    report_version,
    saved_by,
    visible_request,
    visible_with_version,
)
from .audit_words import audit_details, name_known, patient_label
from .request_lists import REQUEST_EVENTS, named_on_page, request_lists
from .worklist_filter import READINESS_STATES, parse_filter

bp = Blueprint("reports", __name__)
bp.add_app_template_global(audit_details)
bp.add_app_template_global(patient_label)
bp.add_app_template_global(fragments.filters_form)
bp.add_app_template_global(fragments.page_header)
AUDIT_PAGE = 200


@bp.app_template_global()
def query_with(**changes: object) -> str:
    """The current query string with some parameters replaced (worklist paging)."""
    args = request.args.copy()
    for name, value in changes.items():
        args[name] = str(value)
    return urlencode(list(args.items(multi=True)))


@bp.app_template_filter("isolate")
def isolate(text: object) -> str:
    """EHR- or user-supplied text in a place that takes no markup (a page title): wrapped in
    FSI…PDI, the plain-text form of ``<bdi>``, so a right-to-left override inside it cannot
    reorder the text around it."""
    return f"\u2068{text}\u2069"


@bp.get("/worklist")
@launch_required(plain_row=True)
@coordinator_required
def worklist() -> str | bytes:
    launch = current_launch()
    spec = parse_filter(request.args)
    db = get_session()
    rows, total = queries.run_query(db, spec, actor_of(launch))
    facets = pickers.facets(db)
    unchecked = listing.unchecked_reasons(db, rows)
    # Every read before the commit: one transaction, and rendering reads nothing. The names
    # shown: the viewer and the assignees (the picker lists every one in use, the rows' too).
    load_names([actor_of(launch), *facets["assignees"]])
    shown = fragments.worklist_rows(rows, READINESS_STATES, unchecked)
    audit.record_view_event(launch, "view_worklist", detail={"results": total, "page": spec.page})
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
@launch_required(plain_row=True, beside=beside_launch)
def request_page(request_id: int, report_id: int | None = None) -> str | bytes:
    launch = current_launch()
    # Rows, not ORM objects: the page only shows the request and its version (issue 19), read
    # with the session's row; and no ORM Session unless a card is rendered for the first time.
    tracked, saved = visible_with_version(launch, request_id, report_id)
    lists = request_lists(direct.connection(), tracked.id, saved)
    versions, comments, events = lists["versions"], lists["comments"], lists["events"]
    report, panel = overrides.for_saved(None, launch, tracked, saved, lists["overrides"])
    attested = attest.for_saved(None, saved, lists["attestations"])
    # Every read before the commit (one transaction; rendering reads nothing): the names of the
    # people and patients the page shows, and the denial section's packets.
    from ..appeals.web.request_panel import appeal_panel  # late: the appeals pages import these

    appeal = appeal_panel(tracked)
    load_names(named_on_page(launch, tracked, saved, versions, comments, events, panel, attested,
                             appeal["packets"]))  # fmt: skip
    name_known(tracked.patient_ref, tracked.patient_name)
    rows = fragments.audit_table(events[:REQUEST_EVENTS], request_hrefs())
    arranged = present.arrange(report)
    # Before the commit: cards rendered for the first time are stored in this transaction.
    items = cards.report_items(saved.id, arranged=arranged, present=present, links=False,
                                   overrides=panel, attestations=attested)  # fmt: skip
    audit.record_view_event(
        launch,
        "view_request",
        request_id=tracked.id,
        patient_ref=tracked.patient_ref,
        detail={"report": saved.id},
    )
    direct.commit()
    role = role_of(launch)
    can_write_back = (launch.iss == tracked.iss
                      and exporting.write_back_allowed(launch, tracked.patient_ref))  # fmt: skip
    # How many events the page lists when the request has more (0: it lists them all): the
    # one thing the page shows of the events beyond their rows.
    more = REQUEST_EVENTS if len(events) > REQUEST_EVENTS else 0
    key = kept_page.page_key(tracked, saved, lists, more_events=more, panel=panel,
                             appeal=appeal, role=role, can_write_back=can_write_back)  # fmt: skip
    return kept_page.kept_render("reports/request.html", key, {
        "launch": launch, "tracked": tracked, "saved": saved, "versions": versions,
        "comments": comments, "more_events": more, "workflow": WORKFLOW,
        "role": role, "report": report, "overrides": panel, "arranged": arranged,
        "present": present, "categories": store.DENIAL_CATEGORIES,
        "assignee_max": store.MAX_ASSIGNEE, "can_write_back": can_write_back, "appeal": appeal,
    }, {"report_items": items, "audit_rows": rows})  # fmt: skip


@bp.post("/requests/<int:request_id>/status")
@launch_required
@coordinator_required
def status(request_id: int) -> Response:
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    form = request.form
    if form.get("status") == "denied" and tracked.status != "denied":
        # One way to record a denial: its form takes the dates and codes the appeal clocks need.
        flash("Record the denial's details: saving them marks the request denied.", "info")
        return redirect(url_for("appeals.denial_form", request_id=request_id))
    store.change_status(
        get_session(), launch, tracked, form.get("status", ""), form.get("version"),
        comment=form.get("comment", ""), denial=tracked.denial,
    )  # fmt: skip
    flash(f"Status changed to {tracked.status.replace('_', ' ')}.", "success")
    return redirect(url_for(".request_page", request_id=request_id))


@bp.post("/requests/<int:request_id>/assign")
@launch_required
@coordinator_required
def assign(request_id: int) -> Response:
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    store.assign(get_session(), launch, tracked, request.form.get("assignee", ""),
                 request.form.get("version"))  # fmt: skip
    flash("Assignee updated.", "success")
    return redirect(url_for(".request_page", request_id=request_id))


@bp.post("/requests/<int:request_id>/comments")
@launch_required
def comment(request_id: int) -> Response:
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    store.add_comment(get_session(), launch, tracked, request.form.get("text", ""))
    flash("Comment added.", "success")
    return redirect(url_for(".request_page", request_id=request_id) + "#comments")


def shown_report(launch: AppSession, tracked: TrackedRequest, saved: SavedReport) -> dict:
    """A saved version as people left it (overrides applied, attestations shown): what its
    downloads and its write-back carry, as its page shows it."""
    db = get_session()
    report, _ = overrides.for_saved(db, launch, tracked, saved)
    return attested_report(report, attest.for_saved(db, saved))


@bp.get("/requests/<int:request_id>/reports/<int:report_id>/report.<any(json, pdf):kind>")
@launch_required
def saved_export(request_id: int, report_id: int, kind: str) -> Response:
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    saved = report_version(tracked, report_id)
    report = shown_report(launch, tracked, saved)
    audit.record(launch, f"export_{kind}", tracked=tracked, detail={"report": saved.id})
    get_session().commit()
    return exporting.report_download(report, kind)


@bp.post("/requests/<int:request_id>/reports/<int:report_id>/writeback")
@launch_required
def saved_writeback(request_id: int, report_id: int) -> Response:
    """Write a saved report to the chart: needs a launch into this patient's chart."""
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    saved = report_version(tracked, report_id)
    if launch.iss != tracked.iss:
        raise InputError("Launch the app from this patient's chart in the same EHR first.")
    document_id = exporting.write_back_report(launch, shown_report(launch, tracked, saved))
    audit.record(launch, "write_back", tracked=tracked,
                 detail={"report": saved.id, "document": document_id})  # fmt: skip
    get_session().commit()
    flash(f"The gap report was added to the chart (DocumentReference/{document_id}).", "success")
    return redirect(url_for(".request_page", request_id=tracked.id, report_id=saved.id))


@bp.get("/requests/<int:request_id>/reports/<int:report_id>/print")
@launch_required
def print_view(request_id: int, report_id: int) -> str:
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    saved = report_version(tracked, report_id)
    # Read-only (no launch): the print view shows overrides, never their forms.
    report, panel = overrides.for_saved(get_session(), None, tracked, saved)
    attested = attest.for_saved(get_session(), saved)
    load_names()  # the attesting clinicians' names, read before the commit
    audit.record(launch, "print", tracked=tracked, detail={"report": saved.id})
    get_session().commit()
    return render_template("reports/print.html", tracked=tracked, saved=saved, report=report,
                           overrides=panel, arranged=present.arrange(report),
                           present=present, attestations=attested)  # fmt: skip


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
