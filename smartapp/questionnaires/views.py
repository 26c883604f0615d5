"""The Questionnaire of each checklist at its canonical address; on a finished check, the
clinician's answers to what the record could not show (attestations), the QuestionnaireResponse
as a download and written back to the chart, and the PAS Claim preview."""

from __future__ import annotations

import datetime as dt
import logging

from flask import Blueprint, Response, current_app, flash, g, jsonify, redirect, request, url_for

from ..checklists import load_catalog
from ..checklists.loader import Checklist
from ..checks.views import owned_run, render_run
from ..db import get_session
from ..errors import AttestationError, FhirAuthError, FhirError, InputError, NotFoundError
from ..exports import write_back
from ..launch import current_launch, launch_required
from ..launch.tokens import fhir_client_for
from ..models import AppSession, CheckRun
from ..reports import audit, exporting
from ..reports.exporting import json_download
from . import attest
from .chart import response_document
from .export import DEFAULT_BASE, prefilled_response, questionnaire_for
from .pas import pas_bundle, read_resources

bp = Blueprint("questionnaires", __name__)
log = logging.getLogger(__name__)


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


def _finished(run_id: str, launch: AppSession) -> tuple[CheckRun, Checklist]:
    run = owned_run(run_id, launch)
    if run.status != "done" or not run.report:
        raise NotFoundError("This check has no report yet.")
    checklist = attest.checklist_of(run.report)
    if checklist is None:
        raise NotFoundError("The checklist this check used is no longer in the catalog.")
    return run, checklist


def response_of(run: CheckRun, checklist: Checklist) -> dict:
    """The run's QuestionnaireResponse: pre-filled from the record (the engine's report, not a
    person's overrides), with the clinician's attestations."""
    answers = attest.attestation_dicts(attest.standing(get_session(), run.id))
    return prefilled_response(run.report or {}, checklist, _base(), answers)


@bp.post("/checks/<run_id>/attestations", endpoint="attest")
@launch_required
def attest_answers(run_id: str) -> Response:
    """Store the clinician's answers to the open items (all or nothing)."""
    launch = current_launch()
    run, checklist = _finished(run_id, launch)
    try:
        rows = attest.record(get_session(), launch, run, checklist, request.form.to_dict())
    except AttestationError as error:
        get_session().rollback()
        log.info("attestations refused: %d answers, ref=%s", len(error.errors), error.support_id)
        typed = {k: v for k, v in request.form.items() if k.startswith(attest.FIELD)}
        g.attestation_error = (error.errors, typed)
        return Response(render_run(launch, owned_run(run_id, launch)), status=400)
    flash(f"{len(rows)} answer{'s' if len(rows) != 1 else ''} saved as your attestation "
          f"({', '.join(r.item_id for r in rows)}). They go into the QuestionnaireResponse; the "
          "report still lists the items as missing from the record.", "success")  # fmt: skip
    return redirect(url_for("checks.show", run_id=run.id) + "#attest")


@bp.get("/checks/<run_id>/questionnaire-response.json")
@launch_required
def response_download(run_id: str) -> Response:
    launch = current_launch()
    run, checklist = _finished(run_id, launch)
    audit.record(launch, "export_questionnaire_response", patient_ref=run.patient_ref,
                 detail={"run": run.id})  # fmt: skip
    get_session().commit()
    name = f"questionnaire-response-{run.report['service']['code']}-{run.report['as_of']}.json"
    return json_download(response_of(run, checklist), name)


@bp.post("/checks/<run_id>/questionnaire-response/writeback")
@launch_required
def response_writeback(run_id: str) -> Response:
    """Add the QuestionnaireResponse to the chart (DocumentReference form, the app's markers).
    An EHR error writes nothing and loses nothing: the answers stay in the app, the page says
    why, and the same button tries again."""
    launch = current_launch()
    run, checklist = _finished(run_id, launch)
    back = url_for("checks.show", run_id=run.id) + "#attest"
    if not exporting.write_back_allowed(launch, run.patient_ref):
        raise InputError("The EHR did not give this launch permission to add documents to this "
                         "chart; download the QuestionnaireResponse instead.")  # fmt: skip
    author = attest.author_of(launch) or None
    resource = response_document(response_of(run, checklist), run.report or {}, checklist,
                                 created=dt.datetime.now(dt.UTC), author_ref=author)  # fmt: skip
    db = get_session()
    try:
        created = write_back(fhir_client_for(current_app._get_current_object(), launch), resource)  # type: ignore[attr-defined]
    except FhirError as error:
        audit.record(launch, "write_back_response_failed", patient_ref=run.patient_ref, detail={
            "run": run.id, "error": type(error).__name__, "status": error.status})  # fmt: skip
        db.commit()
        log.warning("questionnaire response write-back failed: %s status=%s",
                    type(error).__name__, error.status)  # fmt: skip
        flash(f"Nothing was written to the EHR: {error.message} {error.advice} Your answers are "
              "kept here; try again, or download the QuestionnaireResponse.", "error")  # fmt: skip
        return redirect(back)
    document = f"DocumentReference/{created['id']}" if created["id"] else "a DocumentReference"
    audit.record(launch, "write_back_response", patient_ref=run.patient_ref, detail={
        "run": run.id, "document": document})  # fmt: skip
    db.commit()
    flash(f"The QuestionnaireResponse was added to the chart ({document}).", "success")
    return redirect(back)


@bp.get("/checks/<run_id>/pas-claim-preview.json")
@launch_required
def pas_preview(run_id: str) -> Response:
    """The Da Vinci PAS request Bundle the check would carry, as a download: a preview, never
    submitted. The Patient, order, Coverage, requester and payor are read from the EHR now."""
    launch = current_launch()
    run, checklist = _finished(run_id, launch)
    client = fhir_client_for(current_app._get_current_object(), launch)  # type: ignore[attr-defined]

    def get(ref: str) -> dict | None:
        try:
            resource = client.get_json(ref)
        except FhirAuthError:
            raise  # the session is over: the sign-in page says so
        except FhirError as error:
            log.info("PAS preview: a resource was not read (%s)", type(error).__name__)
            return None
        return resource if resource.get("resourceType") == ref.split("/")[0] else None

    read, refs = read_resources(get, run.report or {})
    now = dt.datetime.now(dt.UTC)  # when the preview was made: a fact, not scoring input
    bundle = pas_bundle(run.report or {}, response_of(run, checklist), read=read, refs=refs,
                        run_id=run.id, created=now, fhir_base=client.base_url)  # fmt: skip
    audit.record(launch, "export_pas_preview", patient_ref=run.patient_ref,
                 detail={"run": run.id})  # fmt: skip
    get_session().commit()
    service = run.report["service"]["code"] if run.report else "check"
    return json_download(bundle, f"pas-claim-preview-NOT-SUBMITTED-{service}-{run.as_of}.json")
