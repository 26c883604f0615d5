"""A saved version of a gap report leaving the app: its JSON/PDF download, its print view and
its write-back to the chart, each as people left it (overrides applied, attestations shown).
"""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, url_for

from ..checks import present
from ..db import get_session
from ..errors import InputError
from ..launch import current_launch, launch_required
from ..models import AppSession, SavedReport, TrackedRequest
from ..overrides import panel as overrides
from ..people import load_names
from ..questionnaires import attest
from ..questionnaires.in_report import attested_report
from . import audit, exporting
from .access import report_version, visible_request
from .blueprint import bp


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
