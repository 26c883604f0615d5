"""Gap-report exports shared by the live check page and the saved report page: JSON and PDF
downloads, and write-back of that PDF to the patient's chart as a DocumentReference.

Write-back goes through the launch's FHIR client (one network seam) and only when the EHR granted
DocumentReference create; the app never updates or deletes anything in the chart.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from flask import Response, current_app

from ..checklists.readiness import report_readiness
from ..errors import WriteBackRefusedError
from ..evidence.app_output import APP_NAME
from ..exports import build_document_reference, can_write_back, gap_report_pdf, write_back
from ..identity import user_ref
from ..launch.tokens import fhir_client_for
from ..models import AppSession

log = logging.getLogger(__name__)


def download(body: bytes | str, mimetype: str, filename: str) -> Response:
    """A response the browser saves as ``filename`` instead of showing it."""
    disposition = f'attachment; filename="{filename}"'
    return Response(body, mimetype=mimetype, headers={"Content-Disposition": disposition})


def json_download(data: Any, filename: str) -> Response:
    """``data`` as an indented JSON file (non-ASCII kept as is: note quotes, names)."""
    return download(json.dumps(data, indent=2, ensure_ascii=False), "application/json", filename)


def report_filename(report: dict[str, Any], extension: str) -> str:
    return f"gap-report-{report['service']['code']}-{report['as_of']}.{extension}"


def report_download(report: dict[str, Any], kind: str) -> Response:
    """The gap report as a download: ``json`` (the ``smartapp score`` schema) or ``pdf``."""
    if kind == "json":
        return json_download(report, report_filename(report, "json"))
    return download(gap_report_pdf(report), "application/pdf", report_filename(report, "pdf"))


def write_back_allowed(launch: AppSession, patient_ref: str) -> bool:
    """Can this launch write a document for ``patient_ref`` (granted create, same patient)?"""
    return (
        f"Patient/{launch.patient_id}" == patient_ref
        and can_write_back(launch.granted_scope)
    )


def write_back_report(launch: AppSession, report: dict[str, Any]) -> str | None:
    """Write the report's PDF to the chart; returns the new DocumentReference id (if told)."""
    if not write_back_allowed(launch, report["patient"]):
        raise WriteBackRefusedError(
            "The EHR did not give this app permission to add documents to this chart.",
            status=403,
        )
    pdf = gap_report_pdf(report)
    service = report["service"]
    verdict = report_readiness(report)
    resource = build_document_reference(
        pdf,
        patient_ref=report["patient"],
        created=dt.datetime.now(dt.UTC),  # the moment of writing: a fact, not scoring input
        description=(
            f"{APP_NAME} gap report (prior authorization), {service['system'].upper()} "
            f"{service['code']}, readiness {verdict.number}/100, {verdict.headline} "
            f"(as of {report['as_of']})"
        ),
        title=f"{service['system'].upper()} {service['code']} ({report['as_of']})",
        kind="gap-report",
        author_ref=user_ref(launch.fhir_user) or None,
    )
    client = fhir_client_for(current_app._get_current_object(), launch)  # type: ignore[attr-defined]
    return write_back(client, resource)["id"]  # a 403 is WriteBackRefusedError
