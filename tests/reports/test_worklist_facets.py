"""The worklist's pickers list the values in use by stepping through their indexes (issue 19),
in a real database file (and PostgreSQL when DATABASE_URL_TEST is set): the same lists a
DISTINCT over every row gives, each value once, empty and missing values left out."""

from __future__ import annotations

import pytest
from dashboard_rows import seed
from databases import BACKENDS, fresh_database
from sqlalchemy import select, update

from smartapp import create_app
from smartapp.db import session_factory
from smartapp.models import TrackedRequest
from smartapp.reports.worklist import facets

EMPTY = {"topics": [], "services": [], "assignees": []}


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "DATABASE_URL": url})
        with session_factory(app)() as session:
            yield session
        app.extensions["smartapp.db"].kw["bind"].dispose()


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
