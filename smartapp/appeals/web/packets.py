"""Building and keeping appeal packets: a background check run re-reads the record and re-scores
it for the request's service, saves that fresh report as a new version of the request, then
builds the packet from the bundle while it is still in memory (:func:`smartapp.appeals.
build_packet`). The stored packet has no note text — the record is never stored; the PDF reads
the notes live. The coordinator's letter edits and checklist ticks are applied on top.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from typing import Any

from flask import Flask
from sqlalchemy.orm import Session

from ...checks.runner import follow_up, new_run, submit_run
from ...db import get_session
from ...errors import AccessDeniedError, InputError
from ...identity import actor_of
from ...models import AppealPacket, AppSession, CheckRun, TrackedRequest, utcnow
from ...reports import audit, store
from ..clocks import compute_deadlines
from ..denial import Denial
from ..packet import build_packet
from .blueprint import NEEDS_CHART, chart_open_for
from .clocks import denial_of, today

log = logging.getLogger(__name__)
MAX_SENTENCE = 1200


def start_build(app: Flask, db: Session, launch: AppSession, tracked: TrackedRequest) -> int:
    """Start building a packet for ``tracked``; returns the packet id (status ``building``)."""
    denial, problem = denial_of(tracked)
    if denial is None:
        raise InputError(f"Record the denial first. {problem}")
    if not chart_open_for(launch, tracked):
        raise AccessDeniedError(NEEDS_CHART)
    for building in db.query(AppealPacket).filter_by(request_id=tracked.id, status="building"):
        if packet_state(db, building)[0] == "running":
            return building.id  # a second press while one is being built: show that one
    run = new_run(
        db, launch, as_of=today(), service=tracked.service_code, order_ref=tracked.order_ref,
        summary={"name": tracked.patient_name, "birth_date": tracked.patient_birth_date},
    )  # fmt: skip
    packet = AppealPacket(request_id=tracked.id, run_id=run.id, status="building",
                          created_by=actor_of(launch))  # fmt: skip
    db.add(packet)
    db.flush()
    audit.record(launch, "build_packet", tracked=tracked,
                 detail={"packet": packet.id, "category": denial.resolved_category()})  # fmt: skip
    db.commit()
    submit_run(app, run.id, launch.id, then="appeal.packet")
    return packet.id


@follow_up("appeal.packet")
def _complete(run_id: str, bundle: dict[str, Any], report: dict[str, Any]) -> None:
    """In the run's task: save the fresh report as a version, build and store the packet (the
    packet is found by its run id: the task's message carries ids only)."""
    db = get_session()
    packet = db.query(AppealPacket).filter_by(run_id=run_id).one_or_none()
    run = db.get(CheckRun, run_id)
    if packet is None or run is None:
        return
    tracked = store.get_tracked(db, packet.request_id)
    launch = db.get(AppSession, run.session_id)
    if launch is None:
        return
    denial = Denial.from_dict(tracked.denial)
    built = build_packet(bundle, denial, as_of=run.as_of, report=report, include_note_text=False)
    run.report = report  # save_run reads the report off the run, as the check page's save does
    db.commit()
    store.save_run(db, launch, run)
    tracked = store.get_tracked(db, packet.request_id)
    packet.status, packet.packet, packet.updated_at = "done", built, utcnow()
    packet.report_id = tracked.latest_report_id
    audit.record(launch, "packet_ready", tracked=tracked, detail={
        "packet": packet.id, "report": packet.report_id, "category": built["category"],
        "still_open": len(built["lens"]["still_open"]), "attachments": len(built["attachments"]),
    })  # fmt: skip
    db.commit()
    log.info("appeal packet built: attachments=%d", len(built["attachments"]))


def packet_state(db: Session, packet: AppealPacket) -> tuple[str, dict[str, Any] | None]:
    """(running | done | failed, the failed run's error fields or None)."""
    if packet.status == "done" and packet.packet:
        return "done", None
    run = db.get(CheckRun, packet.run_id) if packet.run_id else None
    if run is None:
        return "failed", {"title": "The packet was not built",
                          "message": "Its background run is gone (runs are kept a day).",
                          "advice": "Build the packet again.", "support_id": "-"}  # fmt: skip
    if run.status == "running":
        return "running", None
    if run.status == "done":  # the run ended but the packet was not stored
        return "failed", {"title": "The packet was not built",
                          "message": "The record was read but the packet could not be stored.",
                          "advice": "Build the packet again.", "support_id": "-"}  # fmt: skip
    return "failed", run.error or {}


def sentences(packet: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The letter's sentences by id, in order."""
    return {s["id"]: s for p in packet["letter"]["paragraphs"] for s in p["sentences"]}


def effective(row: AppealPacket, denial: Denial | None, as_of: dt.date) -> dict[str, Any]:
    """The packet as it is now: letter edits and ticks applied, clocks recomputed for ``as_of``.

    An edited sentence keeps its citations (and the draft text as ``draft``); a sentence edited to
    nothing is left out. The deadlines follow the denial's current stage.
    """
    packet = copy.deepcopy(row.packet or {})
    edits = row.letter_edits or {}
    for paragraph in packet["letter"]["paragraphs"]:
        kept = []
        for sentence in paragraph["sentences"]:
            if sentence["id"] in edits:
                sentence["draft"], sentence["text"] = sentence["text"], edits[sentence["id"]]
                sentence["edited"] = True
            if sentence["text"].strip():
                kept.append(sentence)
        paragraph["sentences"] = kept
    ticks = set(row.checklist_ticks or ())
    for entry in packet["documentation_checklist"]:
        entry["ticked"] = entry["id"] in ticks
    if denial is not None:
        # The clocks shown are today's; the build's clock warnings would repeat them, stale.
        stale = set(packet["deadlines"].get("warnings") or ())
        packet["warnings"] = [w for w in packet.get("warnings") or () if w not in stale]
        clocks = compute_deadlines(denial, as_of)
        packet["deadlines"] = clocks.as_dict()
        p2p = next((d for d in clocks.deadlines if d.rule_id == "p2p-request"), None)
        packet["p2p"]["deadline"] = p2p.as_dict() if p2p else None
    return packet


def letter_edits(packet: dict[str, Any], form: Any, previous: dict[str, str]) -> dict[str, str]:
    """Sentence id → edited text, from the letter form (unchanged sentences are not edits;
    sentences the form did not carry keep their previous edit)."""
    edits: dict[str, str] = {}
    for sentence_id, sentence in sentences(packet).items():
        field = f"sentence-{sentence_id}"
        if field not in form:
            if sentence_id in previous:
                edits[sentence_id] = previous[sentence_id]
            continue
        text = " ".join(str(form[field]).split())
        if len(text) > MAX_SENTENCE:
            raise InputError(f"A sentence can be at most {MAX_SENTENCE} characters.")
        if text != sentence["text"]:
            edits[sentence_id] = text
    return edits
