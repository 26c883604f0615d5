"""A tracked request's workflow changes: its status, its assignee, and comments on it.

Each is a form post from the request's page (templates/reports/request.html) that goes back to
it; the change itself and its audit event are :mod:`.store`'s.
"""

from __future__ import annotations

from flask import Response, flash, redirect, request, url_for

from ..db import get_session
from ..identity import coordinator_required
from ..launch import current_launch, launch_required
from . import store
from .access import visible_request
from .blueprint import bp


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
