"""Exports of an appeal packet: one PDF (letter, P2P sheet, gap report, attached notes), JSON,
and write-back of the PDF to the EHR as a DocumentReference. Every export is audited.

The attached notes' text is never stored: for the PDF it is read live from the EHR through the
user's launch, the same way the NLP read it (:func:`smartapp.checks.viewer.note_text`), and only
when that launch is into the request's patient. Without one, the PDF still has the letter, the
P2P sheet and the gap report, and lists each attachment as "attach it from the EHR".
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Response, current_app, flash, redirect, request, url_for

from ...checks.viewer import belongs_to, note_text
from ...db import get_session
from ...errors import AccessDeniedError, FatalFhirError, FhirAuthError, FhirError, NotFoundError
from ...evidence.app_output import APP_NAME
from ...exports import appeal_packet_pdf, build_document_reference, can_write_back, write_back
from ...identity import user_ref
from ...launch import current_launch, launch_required
from ...launch.tokens import fhir_client_for
from ...models import AppealPacket, AppSession, TrackedRequest, utcnow
from ...reports import audit
from ...reports.access import visible_request
from ...reports.exporting import download, json_download
from ..documents import MAX_TEXT_CHARS
from .blueprint import NEEDS_CHART, bp, chart_open_for
from .clocks import denial_of, today
from .packet_views import packet_of
from .packets import effective

log = logging.getLogger(__name__)


def _read_note(launch: AppSession, reference: str) -> str | None:
    """A note's text read live, or None when the EHR will not give it (it stays "attach by
    hand"). A session that ended raises: the user must relaunch, not get a quietly thinner PDF."""
    resource_type, _, resource_id = reference.partition("/")
    if resource_type != "DocumentReference" or not resource_id:
        return None
    client = fhir_client_for(current_app._get_current_object(), launch)  # type: ignore[attr-defined]
    try:
        document = client.get_json(f"DocumentReference/{resource_id}")
    except FatalFhirError as error:
        if isinstance(error, FhirAuthError) or error.status not in (403, 404, 410):
            raise
        return None
    if not belongs_to(document, launch):
        return None
    text, _problems = note_text(launch, document)
    return text[:MAX_TEXT_CHARS] if text else None


def export_packet(
    launch: AppSession, tracked: TrackedRequest, row: AppealPacket, *, with_notes: bool
) -> tuple[dict[str, Any], int]:
    """The packet as exported now, and how many attached notes were read live."""
    if row.status != "done" or not row.packet:
        raise NotFoundError("This packet is not built yet.")
    denial, _ = denial_of(tracked)
    packet = effective(row, denial, today())
    read = 0
    for attachment in packet["attachments"]:
        attachment["text"] = None
        if with_notes and attachment.get("readable"):
            attachment["text"] = _read_note(launch, attachment["reference"])
            read += attachment["text"] is not None
    return packet, read


def _filename(packet: dict[str, Any], suffix: str) -> str:
    return f"appeal-packet-{packet['service']['code']}-{packet['as_of'][:10]}.{suffix}"


@bp.get("/requests/<int:request_id>/packets/<int:packet_id>/packet.pdf")
@launch_required
def packet_pdf(request_id: int, packet_id: int) -> Response:
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    row = packet_of(tracked, packet_id)
    chart_open = chart_open_for(launch, tracked)
    packet, read = export_packet(launch, tracked, row, with_notes=chart_open)
    pdf = appeal_packet_pdf(packet)
    audit.record(launch, "export_packet_pdf", tracked=tracked, detail={
        "packet": row.id, "notes_read_live": read, "attachments": len(packet["attachments"]),
        "edited_sentences": len(row.letter_edits or {})})  # fmt: skip
    get_session().commit()
    return download(pdf, "application/pdf", _filename(packet, "pdf"))


@bp.get("/requests/<int:request_id>/packets/<int:packet_id>/packet.json")
@launch_required
def packet_json(request_id: int, packet_id: int) -> Response:
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    row = packet_of(tracked, packet_id)
    packet, _ = export_packet(launch, tracked, row, with_notes=False)
    audit.record(launch, "export_packet_json", tracked=tracked, detail={"packet": row.id})
    get_session().commit()
    return json_download(packet, _filename(packet, "json"))


@bp.post("/requests/<int:request_id>/packets/<int:packet_id>/write-back")
@launch_required
def packet_write_back(request_id: int, packet_id: int) -> Response:
    """Create a DocumentReference with the packet PDF in the patient's chart."""
    launch = current_launch()
    tracked = visible_request(launch, request_id)
    row = packet_of(tracked, packet_id)
    back = url_for(".packet_page", request_id=request_id, packet_id=packet_id) + "#exports"
    if request.form.get("version") != str(row.version):
        flash("The packet changed since this page was loaded; reload and write back again.",
              "error")  # fmt: skip
        return redirect(back)
    if not chart_open_for(launch, tracked):
        raise AccessDeniedError(NEEDS_CHART)
    if not can_write_back(launch.granted_scope):
        raise AccessDeniedError("The EHR did not grant this launch permission to add documents.")
    packet, read = export_packet(launch, tracked, row, with_notes=True)
    service = packet["service"]
    author = user_ref(launch.fhir_user)
    resource = build_document_reference(
        appeal_packet_pdf(packet), patient_ref=tracked.patient_ref, created=utcnow(),
        kind="appeal-packet", title=_filename(packet, "pdf"),
        description=f"{APP_NAME} appeal packet for CareSource, {service['system'].upper()} "
        f"{service['code']} ({packet['letter']['title']})",
        author_ref=author if author.startswith(("Practitioner/", "PractitionerRole/")) else None,
    )  # fmt: skip
    db = get_session()
    try:
        created = write_back(fhir_client_for(current_app._get_current_object(), launch), resource)  # type: ignore[attr-defined]
    except FhirError as error:
        audit.record(launch, "write_back_failed", tracked=tracked, detail={
            "packet": row.id, "error": type(error).__name__, "status": error.status})  # fmt: skip
        db.commit()
        log.warning("packet write-back failed: %s status=%s", type(error).__name__, error.status)
        flash(f"Nothing was written to the EHR: {error.message} {error.advice}", "error")
        return redirect(back)
    document = f"DocumentReference/{created['id']}" if created["id"] else "a DocumentReference"
    audit.record(launch, "write_back_packet", tracked=tracked, detail={
        "packet": row.id, "document": document, "notes_read_live": read})  # fmt: skip
    db.commit()
    flash(f"The appeal packet PDF was added to the patient's chart as {document}.", "success")
    return redirect(back)
