"""FHIR Bulk Data export ($export) for every sandbox tenant, and its test controls.

``create_sandbox_app`` calls :func:`init_app`. Jobs and their NDJSON files live in memory and in a
temporary folder removed at exit (a restart forgets every export, as an EHR restart would).
The admin API (loopback only, like the rest of ``/_admin``):

- ``GET|POST|DELETE /_admin/bulk/faults``: read, set or clear the switches of
  :class:`~sandbox.bulk.faults.BulkFaults`;
- ``POST /_admin/bulk/expire``: every finished export's links expire now (no sleeping in tests);
- ``GET /_admin/bulk/jobs``: the jobs and their state.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, current_app, jsonify, request

from .faults import BulkFaults
from .jobs import JobStore
from .views import bp

EXTENSION_KEY = "sandbox_bulk"
admin_bp = Blueprint("sandbox_bulk_admin", __name__, url_prefix="/_admin/bulk")


@dataclass
class BulkState:
    """Jobs, switches and the folder the files are written to."""

    root: Path
    faults: BulkFaults
    jobs: JobStore = field(default_factory=JobStore)


def init_app(app: Flask, file_ttl: float = 3600.0) -> None:
    """Register the Bulk Data routes; ``file_ttl`` is how long output links live (seconds)."""
    root = Path(tempfile.mkdtemp(prefix="sandbox-bulk-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    app.extensions[EXTENSION_KEY] = BulkState(root=root, faults=BulkFaults(default_ttl=file_ttl))
    app.register_blueprint(bp)
    app.register_blueprint(admin_bp)


def bulk_state() -> BulkState:
    return current_app.extensions[EXTENSION_KEY]


@admin_bp.errorhandler(ValueError)
def _bad_request(error: ValueError) -> Any:
    return jsonify(error=str(error)), 400


@admin_bp.route("/faults", methods=["GET", "POST", "DELETE"])
def faults() -> Any:
    plan = bulk_state().faults
    if request.method == "POST":
        body = request.get_json(silent=True)
        plan.configure(body if isinstance(body, dict) else {})
    elif request.method == "DELETE":
        plan.clear()
    return jsonify(plan.describe())


@admin_bp.post("/expire")
def expire() -> Any:
    finished = [job for job in bulk_state().jobs.all() if job.state == "completed"]
    for job in finished:
        job.expired = True
    return jsonify(expired=len(finished))


@admin_bp.get("/jobs")
def jobs() -> Any:
    return jsonify([
        {"id": job.id, "tenant": job.tenant.name, "state": job.state, "types": list(job.types),
         "since": job.since, "progress": job.progress, "errors": job.errors,
         "outputs": job.outputs}
        for job in bulk_state().jobs.all()
    ])  # fmt: skip
