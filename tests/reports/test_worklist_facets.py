"""The worklist's statements (issue 19), in a real database file (and PostgreSQL when
DATABASE_URL_TEST is set): its pickers list the values in use by stepping through their indexes
(the same lists a DISTINCT over every row gives, each value once, empty and missing values left
out), and its page of rows comes from a statement kept per filter shape, values bound at
execution (the same rows as the filter's conditions with the values in them)."""

from __future__ import annotations

import pytest
from dashboard_rows import seed
from sqlalchemy import select, update
from werkzeug.datastructures import MultiDict

from smartapp.models import TrackedRequest
from smartapp.reports.pickers import facets, facets_of
from smartapp.reports.worklist import PAGE_SIZE, SORTS, filtered, run_query
from smartapp.reports.worklist_filter import parse_filter

ME = "Practitioner/pa-coordinator"
EMPTY = {"topics": [], "services": [], "assignees": []}


def _distinct(db, column) -> list[str]:
    return sorted(value for value in db.scalars(select(column).distinct()) if value)


def test_the_pickers_list_every_value_in_use_once(db):
    assert facets(db) == EMPTY
    ids = list(seed(db).values())  # nine requests: some share a topic or a service
    for request_id, assignee in zip(ids, ("Zed", None, "", "Amy", "Zed"), strict=False):
        db.execute(update(TrackedRequest).where(TrackedRequest.id == request_id)
                   .values(assignee=assignee))  # fmt: skip
    db.commit()
    found = facets(db)
    assert found == {
        "topics": _distinct(db, TrackedRequest.topic),
        "services": _distinct(db, TrackedRequest.service_code),
        "assignees": _distinct(db, TrackedRequest.assignee),
    }
    assert "Amy" in found["assignees"] and found["assignees"].count("Zed") == 1
    assert "" not in found["assignees"] and len(found["topics"]) > 1


VIEWS = ["", "status=open&status=denied", "readiness=ready&readiness=incomplete", "topic=dme",
         "service=E0470", "min_readiness=61", "max_readiness=60&sort=patient",
         "updated_from=2026-11-17&updated_to=2026-11-19", "assignee=unassigned", "assignee=me",
         "assignee=Amy&sort=oldest", "patient=a&sort=readiness_desc", "page=2", "page=9&topic=dme",
         "status=open&topic=dme&max_readiness=90&assignee=me&sort=service"]  # fmt: skip


@pytest.mark.parametrize("view", VIEWS)
def test_a_kept_worklist_statement_selects_what_the_filter_says(db, view):
    # The worklist runs one statement per filter shape with the values bound at execution; the
    # dashboard's query builds the same conditions with the values in them.
    ids = list(seed(db).values())
    for request_id, assignee in zip(ids, ("Amy", ME, ME, None), strict=False):
        db.execute(update(TrackedRequest).where(TrackedRequest.id == request_id)
                   .values(assignee=assignee))  # fmt: skip
    db.commit()
    spec = parse_filter(MultiDict([tuple(pair.split("=", 1)) for pair in view.split("&") if pair]))
    rows, total = run_query(db, spec, ME)
    wanted = filtered(db, spec, ME).order_by(*SORTS[spec.sort]).all()
    page = wanted[(spec.page - 1) * PAGE_SIZE : spec.page * PAGE_SIZE]
    assert [row.id for row in rows] == [request.id for request in page]
    assert total == len(wanted)
    if view and "page=" not in view:  # each filter picks some of the nine, not all or none
        assert 0 < len(wanted) < len(ids)


@pytest.mark.parametrize("view", VIEWS)
def test_a_worklist_page_carries_the_pickers_values_beside_its_rows(db, view):
    # One round trip fewer a view (issue 19, stop 53): the page's statement carries the pickers'
    # values, the same lists the pickers' own statement reads, whatever the filter selects; a
    # page with no rows carries nothing (the view reads them on their own then).
    ids = list(seed(db).values())
    for request_id, assignee in zip(ids, ("Amy", ME, "", None, "Zed"), strict=False):
        db.execute(update(TrackedRequest).where(TrackedRequest.id == request_id)
                   .values(assignee=assignee))  # fmt: skip
    db.commit()
    spec = parse_filter(MultiDict([tuple(pair.split("=", 1)) for pair in view.split("&") if pair]))
    rows, _total = run_query(db, spec, ME)
    carried = facets_of(rows)
    assert carried == (facets(db) if rows else None)
    if rows:
        assert carried["assignees"] == ["Amy", ME, "Zed"] and carried["topics"]


def test_rows_without_the_pickers_values_carry_none(db):
    # The ``due`` filter's rows come from a statement of the listed columns only (deadlines are
    # computed in Python): the view reads the pickers' values on their own for them.
    seed(db)
    assert facets_of(db.execute(select(TrackedRequest.id, TrackedRequest.status)).all()) is None
    assert facets_of([]) is None
