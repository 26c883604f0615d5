"""Tracked requests for the coordinator dashboard's tests, written straight into the app's database
with hand-made saved reports, so every count the dashboard shows is known exactly.

Nine requests (synthetic patients). Gaps = required items missing or partial in the current
report, without a standing override:

====  =======  ===========  ==========  ======================================================
name  service  status       readiness   current report's required gaps / denial
====  =======  ===========  ==========  ======================================================
a     72148    open         not_ready   conservative-treatment (missing), exam-findings
                                        (partial); an older version missed diagnosis-code
b     72148    in_progress  not_ready   exam-findings; conservative-treatment overridden
c     E0470    open         incomplete  clinical-notes (an override withdrawn); face-to-face
                                        could not be checked (not a gap); order names nobody
d     72148    denied       not_ready   conservative-treatment (partial); denied 2026-10-05,
                                        medical necessity, upheld at first level
e     E0470    approved     ready       none; denied 2026-10-20, missing clinical notes, won
f     72148    denied       not_ready   exam-findings; denied 2026-11-18, medical necessity,
                                        nothing filed (P2P due 2026-11-25)
g     72148    denied       not_ready   none; an old denial without dates, category other
h     72148    approved     ready       none; never denied
i     E0470    denied       not_ready   none; denied 2026-11-02, incorrect CPT, appeal closed
====  =======  ===========  ==========  ======================================================

Ordering clinicians: Dr. Ana Whitfield (a, b, f), Dr. Chidi Okafor (d, e, g, h, i), nobody (c).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from smartapp.models import ItemOverride, SavedReport, TrackedRequest

AS_OF = dt.date(2026, 11, 22)
WHITFIELD, OKAFOR = "Dr. Ana Whitfield", "Dr. Chidi Okafor"
CHECKLISTS = {"72148": ("caresource-advanced-imaging-lumbar-mri", "advanced-imaging"),
              "E0470": ("caresource-dme-cpap", "dme")}  # fmt: skip
MET = ("member-coverage", "clinical-notes")


def _denial(day: str | None, category: str, stage: str = "denied") -> dict[str, Any]:
    denial: dict[str, Any] = {"reason_text": "Documentation did not support the request.",
                              "category": category, "category_source": "coordinator"}  # fmt: skip
    if day:
        denial.update(denial_date=day, notice_date=day, plan_type="medicaid", state="OH",
                      review="pre-service", stage=stage, codes="")  # fmt: skip
    return denial


#: name → (patient, service, status, readiness state, requester, {element: status}, denial)
ROWS: dict[str, tuple[str, str, str, str, str | None, dict[str, str], dict | None]] = {
    "a": ("Avery Testwell", "72148", "open", "not_ready", WHITFIELD,
          {"conservative-treatment": "missing", "exam-findings": "partial"}, None),
    "b": ("Jordan Synthson", "72148", "in_progress", "not_ready", WHITFIELD,
          {"conservative-treatment": "missing", "exam-findings": "missing"}, None),
    "c": ("Riley Fakeley", "E0470", "open", "incomplete", None,
          {"clinical-notes": "missing", "face-to-face": "unknown"}, None),
    "d": ("Morgan Mockridge", "72148", "denied", "not_ready", OKAFOR,
          {"conservative-treatment": "partial"},
          {**_denial("2026-10-05", "medical-necessity", "first-level-decided"),
           "filed_at": "2026-10-10", "decided_on": "2026-11-01"}),
    "e": ("Casey Sampleton", "E0470", "approved", "ready", OKAFOR, {},
          _denial("2026-10-20", "missing-clinical-notes", "closed")),
    "f": ("Quinn Demoford", "72148", "denied", "not_ready", WHITFIELD, {"exam-findings": "missing"},
          _denial("2026-11-18", "medical-necessity")),
    "g": ("Rowan Placeholt", "72148", "denied", "not_ready", OKAFOR, {}, _denial(None, "other")),
    "h": ("Harper Fixtura", "72148", "approved", "ready", OKAFOR, {}, None),
    "i": ("Sawyer Seedman", "E0470", "denied", "not_ready", OKAFOR, {},
          _denial("2026-11-02", "incorrect-cpt", "closed")),
}  # fmt: skip


def _report(service: str, requester: str | None, gaps: dict[str, str]) -> dict[str, Any]:
    elements = {**dict.fromkeys(MET, "met"), **gaps}
    items = [
        {
            "id": f"IT-{n:03d}",
            "element": element,
            "title": element,
            "required": True,
            "status": status,
        }
        for n, (element, status) in enumerate(elements.items(), 1)
    ]
    # A recommended item missing is never a gap.
    items.append({"id": "IT-900", "element": "red-flags", "title": "Red flags", "required": False,
                  "status": "missing"})  # fmt: skip
    order = {"reference": "ServiceRequest/x", "requester": requester} if requester else None
    return {"service": {"code": service}, "order": order, "items": items}


def _gaps(name: str, gaps: dict[str, str]) -> int:
    """The stored count of required gaps, as the app keeps it (overrides applied)."""
    return sum(status in ("missing", "partial") for status in gaps.values()) - (name == "b")


def _saved(tracked: TrackedRequest, report: dict[str, Any], run_id: str | None) -> SavedReport:
    checklist = CHECKLISTS[tracked.service_code][0]
    return SavedReport(request_id=tracked.id, checklist_id=checklist, checklist_version="2.0.0",
                       as_of=AS_OF, readiness=50, state=tracked.readiness_state, required_gaps=0,
                       report=report, run_id=run_id)  # fmt: skip


def _override(saved: SavedReport, tracked: TrackedRequest, item: str, **extra: Any) -> ItemOverride:
    return ItemOverride(
        run_id=saved.run_id, report_id=None if saved.run_id else saved.id, request_id=tracked.id,
        patient_ref=tracked.patient_ref, checklist_id=saved.checklist_id, checklist_version="2.0.0",
        service_code=tracked.service_code, as_of=AS_OF, item_id=item, element="x",
        required=True, engine_status="missing", kind="documented", reason="Seen in the chart.",
        actor="Practitioner/pa-coordinator", role="coordinator", **extra,
    )  # fmt: skip


def seed(db: Session) -> dict[str, int]:
    """Write the nine requests (and their reports and overrides); returns name → request id."""
    ids: dict[str, int] = {}
    updated = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    for number, (name, row) in enumerate(ROWS.items()):
        patient, service, status, state, requester, gaps, denial = row
        tracked = TrackedRequest(
            iss="http://127.0.0.1:9/plain/fhir", patient_ref=f"Patient/dash-{name}",
            patient_name=patient, patient_birth_date="1970-01-0" + str(number + 1),
            service_system="cpt" if service[0].isdigit() else "hcpcs", service_code=service,
            topic=CHECKLISTS[service][1], status=status, readiness_state=state,
            readiness=100 if state == "ready" else 60, required_gaps=_gaps(name, gaps),
            denial=denial,
            created_by="Practitioner/md-whitfield", updated_at=updated - dt.timedelta(days=number),
        )  # fmt: skip
        db.add(tracked)
        db.flush()
        if name == "a":  # an older version with another gap: only the current report counts
            db.add(_saved(tracked, _report(service, requester, {"diagnosis-code": "missing"}),
                          "run-a-old"))  # fmt: skip
        run_id = None if name == "c" else f"run-{name}"  # c: saved before overrides had runs
        saved = _saved(tracked, _report(service, requester, gaps), run_id)
        db.add(saved)
        db.flush()
        tracked.latest_report_id = saved.id
        ids[name] = tracked.id
        if name == "b":  # conservative-treatment: "documented here"
            db.add(_override(saved, tracked, "IT-003"))
        if name == "c":  # clinical-notes: overridden, then withdrawn (a gap again)
            db.add(
                _override(
                    saved,
                    tracked,
                    "IT-002",
                    withdrawn_at=updated,
                    withdrawn_by="Practitioner/pa-coordinator",
                )
            )
    db.commit()
    return ids
