"""The coordinators' daily digest: every open denial, most urgent first (overdue, then by due
date), each with its next deadline, days left and what to do next."""

from __future__ import annotations

from flask import render_template

from ...db import get_session
from ...identity import coordinator_required
from ...launch import current_launch, launch_required
from ...models import AppealPacket, TrackedRequest
from ...reports import audit
from ..eob_codes import CATEGORY_LABELS
from .blueprint import bp
from .clocks import Clock, clock_of, today, when_text
from .denials import STAGE_LABELS


def open_denials() -> list[Clock]:
    """Clocks of every denied request whose appeal is not closed, most urgent first."""
    db = get_session()
    rows = db.query(TrackedRequest).filter(TrackedRequest.status == "denied").all()
    clocks = [clock_of(row) for row in rows]
    return sorted((c for c in clocks if not c.closed), key=Clock.urgency)


@bp.get("/appeals/digest")
@launch_required
@coordinator_required
def digest() -> str:
    launch = current_launch()
    clocks = open_denials()
    with_packet = {
        request_id
        for (request_id,) in get_session()
        .query(AppealPacket.request_id)
        .filter(AppealPacket.status == "done")
        .distinct()
    }
    audit.record(launch, "view_digest", detail={"open_denials": len(clocks)})
    get_session().commit()
    return render_template(
        "appeals/digest.html", launch=launch, clocks=clocks, with_packet=with_packet,
        as_of=today(), stages=STAGE_LABELS, category_labels=CATEGORY_LABELS,
        when_text=when_text,
        overdue=sum(1 for c in clocks if c.state == "overdue"),
        soon=sum(1 for c in clocks if c.state == "soon"),
    )  # fmt: skip
