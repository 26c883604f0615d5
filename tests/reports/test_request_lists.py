"""The request page's versions, comments and latest audit events (issue 19, eighth pass), and
its version's overrides and attestations (eleventh pass), read in one UNION ALL round trip, are
the rows the statements it replaced read -- the same fields in the same order, the same values
and types, each list in its own order, the events limited -- on SQLite and on PostgreSQL
(DATABASE_URL_TEST): the union shares typed slots, and PostgreSQL refuses a union whose NULLs
it cannot type."""

from __future__ import annotations

import datetime as dt

from dashboard_rows import seed
from sqlalchemy import bindparam, insert, select

from smartapp.models import (
    AuditEvent,
    ItemAttestation,
    ItemOverride,
    RequestComment,
    SavedReport,
    TrackedRequest,
)
from smartapp.reports.request_lists import EVENT_COLUMNS, REQUEST_EVENTS, request_lists

_R, _C, _A = SavedReport.__table__.c, RequestComment.__table__.c, AuditEvent.__table__.c
#: The three statements the page ran before (issue 19, third pass), as the reference.
VERSIONS = (select(_R.id, _R.created_at, _R.readiness, _R.state, _R.run_by)
            .where(_R.request_id == bindparam("request")).order_by(_R.id.desc()))  # fmt: skip
COMMENTS = (select(_C.author, _C.text, _C.created_at)
            .where(_C.request_id == bindparam("request")).order_by(_C.id.asc()))  # fmt: skip
EVENTS = (select(*(_A[column.key] for column in EVENT_COLUMNS))
          .where(_A.request_id == bindparam("request"))
          .order_by(_A.id.desc()).limit(REQUEST_EVENTS + 1))  # fmt: skip
_O, _T = ItemOverride.__table__, ItemAttestation.__table__
#: The overrides' and attestations' statements (overrides.store.read, attest.shown_on).
OVERRIDES_BY_RUN = select(_O).where(_O.c.run_id == bindparam("run")).order_by(_O.c.id)
OVERRIDES_BY_VERSION = select(_O).where(_O.c.report_id == bindparam("report")).order_by(_O.c.id)
ATTESTATIONS = select(_T).where(_T.c.run_id == bindparam("run")).order_by(_T.c.id)


def _write_activity(db, busy: int, quiet: int) -> None:
    """Comments on both requests; 25 events on ``busy`` (more than the page shows), two on
    ``quiet``; written out of time order, with and without a patient and a detail."""
    start = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    comments = [
        {
            "request_id": busy,
            "author": "Practitioner/pa-1",
            "text": f"Called, {n} «ok»",
            "created_at": start + dt.timedelta(hours=3 - n),
        }
        for n in range(3)
    ]
    comments.append(
        {"request_id": quiet, "author": "someone typed", "text": "", "created_at": start}
    )
    events = [
        {
            "request_id": request_id,
            "at": start + dt.timedelta(minutes=(n * 7) % 25),
            "actor": f"https://ehr.example/fhir/Practitioner/p{n % 3}",
            "role": "coordinator",
            "action": ("view_request", "assign", "status")[n % 3],
            "patient_ref": None if n % 4 else f"Patient/{request_id}",
            "detail": {} if n % 2 else {"to": "Practitioner/p2", "n": n, "list": [1, "a"]},
        }
        for request_id, count in ((busy, 25), (quiet, 2))
        for n in range(count)
    ]
    db.execute(insert(RequestComment.__table__), comments)
    db.execute(insert(AuditEvent.__table__), events)
    db.commit()


def _values(rows) -> list[tuple]:
    return [tuple((type(value), value) for value in row) for row in rows]


def test_the_lists_are_the_three_statements_rows(db):
    ids = seed(db)  # request a has two saved versions
    _write_activity(db, ids["a"], ids["b"])
    for request_id in (ids["a"], ids["b"], ids["c"]):
        found = request_lists(db.connection(), request_id)
        for got, statement in ((found["versions"], VERSIONS), (found["comments"], COMMENTS),
                               (found["events"], EVENTS)):  # fmt: skip
            wanted = db.execute(statement, {"request": request_id}).all()
            assert _values(got) == _values(wanted)
            assert all(row._fields == wanted[0]._fields for row in got)
    found = request_lists(db.connection(), ids["a"])
    versions, comments, events = found["versions"], found["comments"], found["events"]
    assert len(versions) == 2 and versions[0].id > versions[1].id
    assert [comment.text for comment in comments] == [f"Called, {n} «ok»" for n in range(3)]
    assert len(events) == REQUEST_EVENTS + 1 and events[0].detail["n"] == 24  # newest first
    assert request_lists(db.connection(), ids["c"])["comments"] == []
    assert request_lists(db.connection(), ids["c"])["events"] == []
    assert all(rows == [] for rows in request_lists(db.connection(), -1).values())


def _attest(db, run_id: str, item: str, answer: str) -> None:
    db.execute(insert(ItemAttestation.__table__), [{
        "run_id": run_id, "patient_ref": "Patient/dash-b", "checklist_id": "x",
        "checklist_version": "2.0.0", "item_id": item, "engine_status": "missing",
        "value": {"answer": answer, "n": [1]}, "author_ref": "Practitioner/md-1",
        "actor": "https://ehr.example/fhir/Practitioner/md-1", "role": "clinician",
        "created_at": dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.UTC)}])  # fmt: skip
    db.commit()


def test_a_versions_overrides_and_attestations_are_their_statements_rows(db):
    """By run (the version's check run: its overrides and attestations) and by version (a
    version saved before runs were recorded: its own overrides, no attestations)."""
    ids = seed(db)  # b: an override on its run; c: a withdrawn override on the version itself
    _attest(db, "run-b", "IT-002", "yes")
    _attest(db, "run-b", "IT-002", "no")  # the newer answer: both rows, oldest first
    _attest(db, "run-a", "IT-001", "yes")  # another run's
    for name in ("a", "b", "c"):
        tracked = db.get(TrackedRequest, ids[name])
        saved = db.get(SavedReport, tracked.latest_report_id)
        found = request_lists(db.connection(), tracked.id, saved)
        if saved.run_id:
            overrides = db.execute(OVERRIDES_BY_RUN, {"run": saved.run_id}).all()
            attestations = db.execute(ATTESTATIONS, {"run": saved.run_id}).all()
        else:
            overrides = db.execute(OVERRIDES_BY_VERSION, {"report": saved.id}).all()
            attestations = []
        assert _values(found["overrides"]) == _values(overrides)
        assert _values(found["attestations"]) == _values(attestations)
        for got, wanted in ((found["overrides"], _O), (found["attestations"], _T)):
            assert all(row._fields == tuple(wanted.c.keys()) for row in got)
        counts = (len(found["overrides"]), len(found["attestations"]))
        assert counts == {"a": (0, 1), "b": (1, 2), "c": (1, 0)}[name]
    withdrawn = request_lists(db.connection(), ids["c"], saved)["overrides"][0]
    assert withdrawn.withdrawn_by == "Practitioner/pa-coordinator" and withdrawn.required is True
