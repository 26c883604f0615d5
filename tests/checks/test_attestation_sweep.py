"""Answers of a check that is gone and was never saved are deleted with it (they may hold what a
clinician typed about the patient); a check that was saved keeps its answers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from smartapp.db import upgrade
from smartapp.models import CheckRun, ItemAttestation, SavedReport, TrackedRequest
from smartapp.questionnaires.attest import sweep_unsaved


def _answer(run_id: str) -> ItemAttestation:
    return ItemAttestation(run_id=run_id, patient_ref="Patient/p", checklist_id="c",
                           checklist_version="1", item_id="A-001", engine_status="missing",
                           value={"valueBoolean": True}, author_ref="Practitioner/7",
                           actor="https://ehr/Practitioner/7", role="clinician")  # fmt: skip


def test_answers_of_gone_unsaved_checks_are_swept(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'sweep.sqlite3'}")
    upgrade(engine)
    with Session(engine) as db:
        db.add(CheckRun(id="live", session_id="s", patient_ref="Patient/p",
                        as_of=dt.date(2026, 11, 22)))  # fmt: skip
        tracked = TrackedRequest(iss="https://ehr", patient_ref="Patient/p", service_system="cpt",
                                 service_code="72148", topic="advanced-imaging")  # fmt: skip
        db.add(tracked)
        db.flush()
        db.add(SavedReport(request_id=tracked.id, checklist_id="c", checklist_version="1",
                           as_of=dt.date(2026, 11, 22), readiness=50, required_gaps=1,
                           report={}, run_id="saved-and-gone"))  # fmt: skip
        db.add_all([_answer("live"), _answer("saved-and-gone"), _answer("gone")])
        db.commit()
        sweep_unsaved(db)
        db.commit()
        kept = sorted(row.run_id for row in db.query(ItemAttestation))
    assert kept == ["live", "saved-and-gone"]
