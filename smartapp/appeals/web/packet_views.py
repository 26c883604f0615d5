"""The appeal packet pages: start a build, its progress, the packet page (clocks, lenses,
attachments, documentation checklist, editable letter, P2P sheet), saving letter edits and
checklist ticks, and the printable P2P sheet. Every view and change is audited.
"""

from __future__ import annotations

from flask import (
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from werkzeug.wrappers import Response

from ...checks import present
from ...db import get_session
from ...errors import NotFoundError
from ...exports import can_write_back
from ...identity import role_of
from ...launch import current_launch, launch_required
from ...models import AppealPacket, AppSession, CheckRun, TrackedRequest, utcnow
from ...reports import audit
from ...reports.access import visible_request
from .blueprint import NEEDS_CHART, bp, chart_open_for, check_version, commit_change
from .clocks import clock_of, denial_of, today, when_text
from .packets import effective, letter_edits, packet_state, sentences, start_build


def packet_of(tracked: TrackedRequest, packet_id: int) -> AppealPacket:
    packet = get_session().get(AppealPacket, packet_id)
    if packet is None or packet.request_id != tracked.id:
        raise NotFoundError("That appeal packet does not exist.")
    return packet


def _opened(request_id: int, packet_id: int) -> tuple[AppSession, TrackedRequest, AppealPacket]:
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    return launch, tracked, packet_of(tracked, packet_id)


def _back(tracked: TrackedRequest, packet: AppealPacket, anchor: str = "") -> Response:
    target = url_for(".packet_page", request_id=tracked.id, packet_id=packet.id)
    return redirect(target + (f"#{anchor}" if anchor else ""))


@bp.post("/requests/<int:request_id>/packets")
@launch_required
def build(request_id: int) -> Response:
    """Start building the packet from the live record (needs the patient's chart open)."""
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    packet_id = start_build(app, get_session(), launch, tracked)
    return redirect(url_for(".packet_page", request_id=request_id, packet_id=packet_id))


@bp.get("/requests/<int:request_id>/packets/<int:packet_id>/progress")
@launch_required
def progress(request_id: int, packet_id: int) -> Response:
    """Polled by static/js/progress.js while the packet is built (``running`` until it is not)."""
    _, _, packet = _opened(request_id, packet_id)
    state, _ = packet_state(get_session(), packet)
    run_progress = {}
    if state == "running" and packet.run_id:
        run = get_session().get(CheckRun, packet.run_id)
        run_progress = run.progress if run else {}
    return jsonify(status=state, progress=run_progress)


@bp.get("/requests/<int:request_id>/packets/<int:packet_id>")
@launch_required
def packet_page(request_id: int, packet_id: int) -> str:
    launch, tracked, packet = _opened(request_id, packet_id)
    db = get_session()
    state, error = packet_state(db, packet)
    denial, _ = denial_of(tracked)
    context = {
        "launch": launch, "tracked": tracked, "packet_row": packet, "state": state,
        "error": error, "role": role_of(launch), "chart_open": chart_open_for(launch, tracked),
        "needs_chart": NEEDS_CHART, "present": present, "when_text": when_text,
        "clock": clock_of(tracked),
    }  # fmt: skip
    if state == "done":
        view = effective(packet, denial, today())
        context.update(
            packet=view, draft=sentences(packet.packet or {}), edits=packet.letter_edits or {},
            can_write_back=context["chart_open"] and can_write_back(launch.granted_scope),
        )  # fmt: skip
        audit.record(launch, "view_packet", tracked=tracked, detail={"packet": packet.id})
        db.commit()
    return render_template("appeals/packet.html", **context)


@bp.post("/requests/<int:request_id>/packets/<int:packet_id>/letter")
@launch_required
def save_letter(request_id: int, packet_id: int) -> Response:
    """Save the letter's edited sentences (their citations stay); or restore the draft."""
    launch, tracked, packet = _opened(request_id, packet_id)
    check_version(packet, request.form.get("version"))
    if packet.status != "done" or not packet.packet:
        raise NotFoundError("This packet is not built yet.")
    before = dict(packet.letter_edits or {})
    restore = request.form.get("action") == "restore"
    edits = {} if restore else letter_edits(packet.packet, request.form, before)
    changed = sorted(k for k in set(before) | set(edits) if before.get(k) != edits.get(k))
    packet.letter_edits, packet.updated_at = edits, utcnow()
    detail = {"packet": packet.id, "changed": changed, "edited": len(edits), "restored": restore}
    audit.record(launch, "edit_letter", tracked=tracked, detail=detail)
    commit_change(get_session())
    flash("Letter restored to the draft." if restore else
          f"Letter saved ({len(changed)} sentence{'s' * (len(changed) != 1)} changed; "
          "citations kept).", "success")  # fmt: skip
    return _back(tracked, packet, "letter")


@bp.post("/requests/<int:request_id>/packets/<int:packet_id>/checklist")
@launch_required
def save_checklist(request_id: int, packet_id: int) -> Response:
    """Save the ticks of CareSource's appeal documentation list."""
    launch, tracked, packet = _opened(request_id, packet_id)
    check_version(packet, request.form.get("version"))
    if packet.status != "done" or not packet.packet:
        raise NotFoundError("This packet is not built yet.")
    known = [entry["id"] for entry in packet.packet["documentation_checklist"]]
    ticked = [entry for entry in known if entry in request.form.getlist("tick")]
    packet.checklist_ticks, packet.updated_at = ticked, utcnow()
    audit.record(launch, "tick_checklist", tracked=tracked,
                 detail={"packet": packet.id, "ticked": ticked})  # fmt: skip
    commit_change(get_session())
    flash(f"Documentation checklist saved: {len(ticked)} of {len(known)} ticked.", "success")
    return _back(tracked, packet, "checklist")


@bp.get("/requests/<int:request_id>/packets/<int:packet_id>/p2p")
@launch_required
def p2p_print(request_id: int, packet_id: int) -> str:
    """The P2P preparation sheet on its own, for paper."""
    launch, tracked, packet = _opened(request_id, packet_id)
    if packet.status != "done" or not packet.packet:
        raise NotFoundError("This packet is not built yet.")
    denial, _ = denial_of(tracked)
    audit.record(launch, "print_p2p", tracked=tracked, detail={"packet": packet.id})
    get_session().commit()
    view = effective(packet, denial, today())
    return render_template("appeals/p2p_print.html", tracked=tracked, packet=view,
                           when_text=when_text)  # fmt: skip
