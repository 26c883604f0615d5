"""The Questionnaire of each checklist at its canonical address, and a check's pre-filled
QuestionnaireResponse as a download (from the record only: a person's overrides are theirs to
attest, never pre-filled as record evidence)."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify

from ..checklists import load_catalog
from ..checks.views import owned_run
from ..db import get_session
from ..errors import NotFoundError
from ..launch import current_launch, launch_required
from ..reports import audit
from ..reports.exporting import json_download
from .export import DEFAULT_BASE, prefilled_response, questionnaire_for

bp = Blueprint("questionnaires", __name__)


def _base() -> str:
    return str(current_app.config.get("QUESTIONNAIRE_BASE") or DEFAULT_BASE)


@bp.get("/fhir/Questionnaire/<checklist_id>")
def questionnaire(checklist_id: str) -> Response:
    """Public: a checklist is the payer's published criteria in data form, no patient data."""
    checklist = load_catalog().checklists.get(checklist_id)
    if checklist is None:
        raise NotFoundError("No checklist has that id.")
    response = jsonify(questionnaire_for(checklist, _base()))
    response.mimetype = "application/fhir+json"
    return response


@bp.get("/checks/<run_id>/questionnaire-response.json")
@launch_required
def response_download(run_id: str) -> Response:
    launch = current_launch()
    run = owned_run(run_id, launch)
    if not run.report:
        raise NotFoundError("This check has no report yet.")
    checklist = load_catalog().checklists.get(run.report["checklist"]["id"])
    if checklist is None:
        raise NotFoundError("The checklist this check used is no longer in the catalog.")
    audit.record(launch, "export_questionnaire_response", patient_ref=run.patient_ref,
                 detail={"run": run.id})  # fmt: skip
    get_session().commit()
    name = f"questionnaire-response-{run.report['service']['code']}-{run.report['as_of']}.json"
    return json_download(prefilled_response(run.report, checklist, _base()), name)
