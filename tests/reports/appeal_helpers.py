"""Helpers for the appeal pages' tests: save a scenario's check through the app, record a denial
through the denial form, and store a packet built offline from the scenario bundle (the packet
page reads only the database; building from the live record is tested over the sandbox)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path

from page_forms import csrf_of, version_of

from smartapp.appeals import Denial, build_packet
from smartapp.db import session_factory
from smartapp.models import AppealPacket, TrackedRequest

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
AS_OF = "2026-11-22"
CLINICIAN = "Practitioner/md-whitfield"
COORDINATOR = "Practitioner/pa-coordinator"  # as in conftest's COORDINATORS
DENIAL = {
    "denial_date": "2026-11-18", "notice_date": "2026-11-19", "plan_type": "medicaid",
    "state": "OH", "review": "pre-service",
    "reason_text": "Six weeks of conservative treatment not documented", "codes": "CO-50 N115",
}  # fmt: skip




def form_of(client, request_id):
    page = client.get(f"/requests/{request_id}/denial")
    assert page.status_code == 200, page.text[:300]
    return {"csrf_token": csrf_of(page.text), "version": version_of(page.text)}


def record_denial(client, request_id, **changes):
    """Post the denial form (DENIAL with ``changes``); returns the response."""
    data = {**form_of(client, request_id), **DENIAL, "action": "save", **changes}
    return client.post(f"/requests/{request_id}/denial", data=data)


def tracked(app, request_id) -> TrackedRequest:
    with session_factory(app)() as db:
        return db.get(TrackedRequest, request_id)


@cache
def _built(scenario: str, denial_json: str) -> str:
    bundle = json.loads((SCENARIOS / f"{scenario}.json").read_text())
    denial = Denial.from_dict(json.loads(denial_json))
    packet = build_packet(bundle, denial, as_of=dt.date.fromisoformat(AS_OF),
                          include_note_text=False)  # fmt: skip
    return json.dumps(packet)


def store_packet(app, request_id, scenario="lmri-gapped", packet=None) -> int:
    """A packet built for the request's recorded denial (or ``packet``), stored as the build
    would store it."""
    row = tracked(app, request_id)
    if packet is None:
        packet = json.loads(_built(scenario, json.dumps(row.denial, sort_keys=True)))
    with session_factory(app)() as db:
        stored = AppealPacket(request_id=request_id, status="done", packet=packet,
                              report_id=row.latest_report_id, created_by=CLINICIAN)  # fmt: skip
        db.add(stored)
        db.commit()
        return stored.id
