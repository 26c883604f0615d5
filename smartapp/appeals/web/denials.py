"""Recording a denial on a tracked request, and moving its appeal through the stages.

One way to record a denial: the coordinator types the dates, plan, review type, the payer's
reason and the EOB codes from the letter; the category is picked or derived from the codes. The
form is validated by :meth:`Denial.from_dict` — a bad value re-shows the form with one line saying
what is wrong, and nothing is saved. A saved denial marks the request ``denied`` (optimistic
version check, audited). The appeal-progress form moves the denial's stage, which changes which
clocks run.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from flask import flash, redirect, render_template, request, url_for
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from ...db import get_session
from ...errors import InputError
from ...identity import coordinator_required
from ...launch import current_launch, launch_required
from ...models import TrackedRequest, utcnow
from ...reports import audit
from ...reports.access import visible_request
from ..denial import PLAN_TYPES, REVIEWS, STAGES, Denial
from ..eob_codes import CATEGORIES, CATEGORY_LABELS, category_from_codes
from ..packet import split_billed_code
from .blueprint import bp, check_version, commit_change
from .clocks import clock_of, denial_of

FIELDS = ("denial_date", "notice_date", "plan_type", "state", "review", "reason_text", "codes",
          "category", "service_code", "service_date")  # fmt: skip
#: Form labels, also used to say which field an error is about.
LABELS = {
    "denial_date": "Denial date", "notice_date": "Notice date", "plan_type": "Plan type",
    "state": "State", "review": "Review type", "category": "Category", "stage": "Stage",
    "filed_at": "Filed on", "decided_on": "Decided on", "service_code": "Billed code",
    "reason_text": "Denial reason", "codes": "EOB codes",
    "service_date": "Date of service or discharge",
}  # fmt: skip
STAGE_LABELS = {
    "denied": "Denied — nothing filed yet",
    "p2p": "Peer-to-peer requested",
    "first-level": "First-level appeal filed",
    "first-level-decided": "First level decided (denial upheld)",
    "second-level": "Second-level appeal filed",
    "second-level-decided": "Second level decided (denial upheld)",
    "external-review": "External review / fair hearing requested",
    "closed": "Closed (approved, withdrawn or dropped)",
}
FILED_STAGES = ("first-level", "second-level")
DECIDED_STAGES = ("first-level-decided", "second-level-decided")


def _readable(error: InputError) -> str:
    """The validator's one line with the field's label instead of its JSON name."""
    message = error.message
    for name, label in LABELS.items():
        # Mid-sentence the label is lower case, except an acronym ("EOB codes").
        message = re.sub(rf"\b{name}\b", label if label[:3].isupper() else label.lower(), message)
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def denial_from_form(form: MultiDict[str, str], previous: dict[str, Any] | None) -> Denial:
    """Validate the denial form; the appeal progress already recorded is kept."""
    data: dict[str, Any] = {name: form.get(name, "").strip() for name in FIELDS}
    data["urgent"] = form.get("urgent") == "on"
    for kept in ("stage", "filed_at", "decided_on", "extended"):
        if previous and previous.get(kept) not in (None, ""):
            data[kept] = previous[kept]
    if not data["reason_text"]:
        raise InputError("Enter the payer's denial reason as written on the letter.")
    try:
        denial = Denial.from_dict(data)
        split_billed_code(denial.service_code)
    except InputError as error:
        raise InputError(_readable(error)) from error
    if denial.resolved_category() is None:
        derived = category_from_codes(denial.codes)
        raise InputError("Pick the category: " + derived.message[:1].lower() + derived.message[1:])
    return denial


def _form_values(tracked_denial: dict[str, Any] | None, service_code: str) -> dict[str, Any]:
    values = dict(tracked_denial or {})
    if values.get("category_source") == "codes":
        values["category"] = ""  # derived, not picked: leave the picker on "derive from codes"
    values.setdefault("service_code", service_code)
    return values


def _render_form(
    tracked: TrackedRequest, values: dict[str, Any], error: str = "", status: int = 200
) -> tuple[str, int]:
    codes = category_from_codes(str(values.get("codes") or ""))
    page = render_template(
        "appeals/denial_form.html", tracked=tracked, values=values, error=error, codes=codes,
        plan_types=PLAN_TYPES, reviews=REVIEWS, categories=CATEGORIES, labels=CATEGORY_LABELS,
    )  # fmt: skip
    return page, status


@bp.route("/requests/<int:request_id>/denial", methods=["GET", "POST"])
@launch_required
@coordinator_required
def denial_form(request_id: int) -> tuple[str, int] | Response:
    """The denial form; POST saves it (or, with ``check``, only shows what the codes mean)."""
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    if request.method == "GET":
        audit.record(launch, "view_denial_form", tracked=tracked)
        get_session().commit()
        return _render_form(tracked, _form_values(tracked.denial, tracked.service_code))
    values = {**request.form.to_dict(), "urgent": request.form.get("urgent") == "on"}
    if request.form.get("action") == "check":
        return _render_form(tracked, values)
    try:
        check_version(tracked, request.form.get("version"))
        denial = denial_from_form(request.form, tracked.denial)
    except InputError as error:
        return _render_form(tracked, values, error.message, 400)
    before = tracked.status
    tracked.denial, tracked.status, tracked.updated_at = denial.to_dict(), "denied", utcnow()
    audit.record(launch, "record_denial", tracked=tracked, detail={
        "from": before, "to": "denied", "category": tracked.denial["category"],
        "category_source": tracked.denial["category_source"], "plan_type": denial.plan_type,
        "state": denial.state, "review": denial.review, "stage": denial.stage,
    })  # fmt: skip
    commit_change(get_session())
    clock = clock_of(tracked)
    flash("Denial recorded." + (f" Next deadline: {clock.next.name}, {clock.next.due} "
                                f"({clock.when})." if clock.next else ""), "success")  # fmt: skip
    return redirect(url_for("reports.request_page", request_id=request_id) + "#appeal")


def _when(form: MultiDict[str, str], name: str, with_time: bool = False) -> str | None:
    day = form.get(name, "").strip()
    clock = form.get(f"{name}_time", "").strip() if with_time else ""
    if day and clock:
        return f"{day}T{clock}"  # the 72-hour expedited clock counts from the hour
    return day or None


def moved_denial(denial: Denial, form: MultiDict[str, str]) -> Denial:
    """The denial at the stage the progress form names, validated."""
    stage = form.get("stage", "")
    if stage not in STAGES:
        raise InputError("Pick one of the listed stages.")
    changes: dict[str, Any] = {}
    filed, decided = _when(form, "filed_at", with_time=True), _when(form, "decided_on")
    if stage in FILED_STAGES:
        if not filed:
            raise InputError(f"Enter the date the appeal was filed ({STAGE_LABELS[stage]}).")
        changes["filed_at"] = filed
        changes["extended"] = form.get("extended") == "on"
    if stage in DECIDED_STAGES:
        if not decided:
            raise InputError("Enter the date CareSource decided the appeal.")
        changes["decided_on"] = decided
    data = {**denial.to_dict(), **changes, "stage": stage}
    try:
        moved = Denial.from_dict(data)
    except InputError as error:
        raise InputError(_readable(error)) from error
    start = moved.filed_at.date() if isinstance(moved.filed_at, dt.datetime) else moved.filed_at
    if stage in FILED_STAGES and start and start < moved.denial_date:
        raise InputError("The appeal cannot be filed before the denial date.")
    if stage in DECIDED_STAGES and start and moved.decided_on and moved.decided_on < start:
        raise InputError("The decision cannot come before the appeal was filed.")
    return moved


@bp.post("/requests/<int:request_id>/denial/stage")
@launch_required
@coordinator_required
def stage(request_id: int) -> Response:
    """Move the appeal to another stage; the clocks are recomputed from the new stage."""
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    check_version(tracked, request.form.get("version"))
    denial, problem = denial_of(tracked)
    if denial is None:
        raise InputError(problem)
    moved = moved_denial(denial, request.form)
    tracked.denial, tracked.updated_at = moved.to_dict(), utcnow()
    audit.record(launch, "appeal_progress", tracked=tracked, detail={
        "from": denial.stage, "to": moved.stage, "extended": moved.extended})  # fmt: skip
    commit_change(get_session())
    clock = clock_of(tracked)
    flash(f"Appeal stage: {STAGE_LABELS[moved.stage]}." + (
        f" Next deadline: {clock.next.name}, {clock.next.due} ({clock.when})."
        if clock.next else " No clock is running."), "success")  # fmt: skip
    return redirect(url_for("reports.request_page", request_id=request_id) + "#appeal")
