"""FHIR Bulk Data Access (IG 2.0) endpoints of every tenant.

- kick-off: ``GET|POST {base}/Patient/$export`` and ``{base}/Group/{id}/$export`` with
  ``Prefer: respond-async``; ``_type``, ``_since``, ``_outputFormat`` (ndjson only); other
  parameters are refused unless ``Prefer: handling=lenient``. Needs a bearer token with system/
  scopes covering every exported type → ``202`` + ``Content-Location`` (the status URL);
- status: ``GET {origin}/{tenant}/bulk/status/{job}`` → ``202`` with ``X-Progress`` and
  ``Retry-After`` while running (a poll sooner than Retry-After after the previous one → ``429``),
  ``200`` with the manifest, ``500`` + OperationOutcome when the export failed;
  ``DELETE`` cancels (``202``), after which the status URL answers ``404``;
- files: ``GET {origin}/{tenant}/bulk/files/{job}/{Type}.ndjson`` (the bearer token of the client
  that kicked off when the manifest says ``requiresAccessToken``); an expired link → ``410``.
"""

from __future__ import annotations

import math
import threading
import time
from email.utils import formatdate
from typing import Any

from flask import Blueprint, Response, current_app, request, send_file

from sandbox import profiles
from sandbox.gateway import fhir_response
from sandbox.scopes import permits
from sandbox.tenants import Tenant, get_tenant

from .jobs import ExportJob, discard, run_export
from .kickoff import KickoffError, parse_kickoff

bp = Blueprint("sandbox_bulk", __name__)


def _bulk() -> Any:
    return current_app.extensions["sandbox_bulk"]


def _origin() -> str:
    return current_app.extensions["sandbox"].settings.public_origin


def _outcome(tenant: Tenant, status: int, code: str, text: str, **headers: str) -> Response:
    return fhir_response(tenant, status, profiles.operation_outcome(code, text), headers)


def _bearer(tenant: Tenant) -> tuple[Any, Response | None]:
    header = request.headers.get("Authorization", "")
    if not header.lower().startswith("bearer "):
        return None, _outcome(tenant, 401, "login", "Bearer token required.")
    grant = current_app.extensions["sandbox"].store.find_access(header[7:].strip())
    if grant is None or not grant.is_active() or grant.tenant != tenant.name:
        return None, _outcome(tenant, 401, "expired", "Access token is invalid or expired.")
    return grant, None


def _allowed(grant: Any, resource_type: str) -> bool:
    scope = permits(grant.scopes, resource_type, "s")
    return scope is not None and scope.context == "system"


@bp.route("/<tenant_name>/fhir/Patient/$export", methods=["GET", "POST"])
def patient_export(tenant_name: str) -> Response:
    return _kickoff(tenant_name, None)


@bp.route("/<tenant_name>/fhir/Group/<group_id>/$export", methods=["GET", "POST"])
def group_export(tenant_name: str, group_id: str) -> Response:
    return _kickoff(tenant_name, group_id)


def _kickoff(tenant_name: str, group_id: str | None) -> Response:
    tenant = get_tenant(tenant_name)
    if tenant is None:
        return Response("unknown tenant", status=404)
    grant, refusal = _bearer(tenant)
    if refusal is not None:
        return refusal
    state = _bulk()
    fault = state.faults.take_kickoff_fault()
    if fault is not None:
        retry = {"Retry-After": str(math.ceil(state.faults.retry_after))} if fault != 500 else {}
        code = "throttled" if fault == 429 else "transient"
        return _outcome(tenant, fault, code, "Injected kick-off failure.", **retry)
    try:
        asked = parse_kickoff(request)
    except KickoffError as error:
        return _outcome(tenant, 400, "invalid", str(error))
    types = asked.types or tuple(t for t in asked.default_types if _allowed(grant, t))
    denied = [t for t in types if not _allowed(grant, t)]
    if group_id is not None and not _allowed(grant, "Group"):
        denied.insert(0, "Group")
    if denied or not types:
        text = f"Bulk export needs system/ read scopes for {', '.join(denied) or 'Patient'}."
        return _outcome(tenant, 403, "forbidden", text)
    members = None
    if group_id is not None:
        group = current_app.extensions["sandbox"].engine.read("Group", group_id)
        if group is None:
            return _outcome(tenant, 404, "not-found", f"Group/{group_id} is not known.")
        members = frozenset(
            str(m.get("entity", {}).get("reference", "")).removeprefix("Patient/")
            for m in group.get("member", [])
        )
    base = f"{_origin()}/{tenant.name}/fhir"
    job = ExportJob(
        tenant=tenant, base=base, client_id=grant.client_id, request_url=request.url,
        types=types, since=asked.since, group_members=members,
        requires_token=state.faults.requires_access_token,
    )  # fmt: skip
    state.jobs.add(job)
    folder = state.root / job.id
    folder.mkdir(parents=True)
    engine_url = current_app.extensions["sandbox"].settings.engine_url
    threading.Thread(
        target=run_export, args=(job, engine_url, state.faults, folder),
        daemon=True, name=f"bulk-{job.id[:8]}",
    ).start()  # fmt: skip
    location = f"{_origin()}/{tenant.name}/bulk/status/{job.id}"
    response = _outcome(tenant, 202, "informational", "Export started.")
    response.headers["Content-Location"] = location
    return response


def _job(tenant_name: str, job_id: str) -> tuple[Tenant | None, ExportJob | None, Response | None]:
    tenant = get_tenant(tenant_name)
    if tenant is None:
        return None, None, Response("unknown tenant", status=404)
    job = _bulk().jobs.get(job_id)
    if job is None or job.tenant.name != tenant.name:
        text = "No such export (it was cancelled, or never existed)."
        return tenant, None, _outcome(tenant, 404, "not-found", text)
    grant, refusal = _bearer(tenant)
    if refusal is not None:
        return tenant, None, refusal
    if grant.client_id != job.client_id:
        return tenant, None, _outcome(tenant, 403, "forbidden", "Another client's export.")
    return tenant, job, None


@bp.route("/<tenant_name>/bulk/status/<job_id>", methods=["GET", "DELETE"])
def status(tenant_name: str, job_id: str) -> Response:
    tenant, job, refusal = _job(tenant_name, job_id)
    if refusal is not None:
        return refusal
    assert tenant is not None and job is not None  # noqa: S101 - narrowed by _job
    state = _bulk()
    if request.method == "DELETE":
        state.jobs.remove(job.id)
        discard(job)
        return _outcome(tenant, 202, "informational", "Export cancelled; its files are deleted.")
    if job.state == "failed":
        return _outcome(tenant, 500, "exception", job.failure or "The export failed.")
    now = time.time()
    if job.state == "in-progress":
        wait = state.faults.retry_after
        if job.last_poll is not None and now - job.last_poll < wait:
            left = str(max(1, math.ceil(wait - (now - job.last_poll))))
            return _outcome(tenant, 429, "throttled", "Polled too soon.", **{"Retry-After": left})
        job.last_poll = now
        response = Response(status=202)
        response.headers["X-Progress"] = job.progress
        response.headers["Retry-After"] = str(max(1, math.ceil(wait)))
        return response
    expires = job.expires_at(state.faults.ttl) or now
    if job.expired or now >= expires:
        return _outcome(tenant, 404, "not-found", "This export's files have expired.")
    response = fhir_response(tenant, 200, _manifest(job))
    response.headers["Content-Type"] = "application/json"
    response.headers["Expires"] = formatdate(expires, usegmt=True)
    return response


def _manifest(job: ExportJob) -> dict[str, Any]:
    files = f"{_origin()}/{job.tenant.name}/bulk/files/{job.id}"
    return {
        "transactionTime": job.transaction_time,
        "request": job.request_url,
        "requiresAccessToken": job.requires_token,
        "output": [
            {"type": o["type"], "url": f"{files}/{o['file']}", "count": o["count"]}
            for o in job.outputs
        ],
        "error": (
            [{"type": "OperationOutcome", "url": f"{files}/OperationOutcome.ndjson"}]
            if job.errors
            else []
        ),
    }


def _files(job: ExportJob) -> set[str]:
    if job.state != "completed":
        return set()
    return {o["file"] for o in job.outputs} | ({"OperationOutcome.ndjson"} if job.errors else set())


@bp.get("/<tenant_name>/bulk/files/<job_id>/<name>")
def download(tenant_name: str, job_id: str, name: str) -> Response:
    tenant = get_tenant(tenant_name)
    if tenant is None:
        return Response("unknown tenant", status=404)
    state = _bulk()
    job = state.jobs.get(job_id)
    if job is None or job.tenant.name != tenant.name or name not in _files(job):
        return _outcome(tenant, 404, "not-found", "No such export file.")
    if job.requires_token:
        grant, refusal = _bearer(tenant)
        if refusal is not None:
            return refusal
        if grant.client_id != job.client_id:
            return _outcome(tenant, 403, "forbidden", "Another client's export.")
    expires = job.expires_at(state.faults.ttl) or 0.0
    if job.expired or time.time() >= expires or state.faults.take_file():
        return _outcome(tenant, 410, "expired", "This export file link has expired.")
    assert job.folder is not None  # noqa: S101 - set before the job completes
    return send_file(job.folder / name, mimetype="application/fhir+ndjson")
