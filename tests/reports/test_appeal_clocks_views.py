"""Appeal clocks in the worklist and the coordinators' daily digest, at a fixed AS_OF
(2026-11-22): the next deadline per denied request, the overdue / due-soon filters, and the
digest's order (overdue first, then by due date, requests without a clock last)."""

from __future__ import annotations

import pytest
from appeal_helpers import AS_OF, CLINICIAN, COORDINATOR, record_denial
from report_actors import save

from smartapp import create_app
from smartapp.db import session_factory
from smartapp.models import TrackedRequest


@pytest.fixture
def app(tmp_path):
    return create_app({
        "TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'clocks.sqlite3'}",
        "COORDINATORS": {"sandbox-plain": [COORDINATOR]}, "AS_OF": AS_OF,
    })  # fmt: skip


@pytest.fixture
def denials(app, client, actors):
    """Five requests: overdue, due in 3 days, due in 8 days, denied without dates, open."""
    clinician = actors.session(CLINICIAN)
    ids = {scenario: save(client, actors, clinician, scenario, scenario.upper())
           for scenario in ("lmri-gapped", "tka-gapped", "lmri-complete", "walker-complete",
                            "cpap-gapped")}  # fmt: skip
    actors.sign_in(client, actors.session(COORDINATOR))
    # First-level filing was due 2026-10-31 (60 days from 2026-09-01): 22 days overdue.
    record_denial(client, ids["lmri-gapped"], denial_date="2026-09-01", notice_date="")
    # P2P: five business days from 2026-11-18 is 2026-11-25.
    record_denial(client, ids["tka-gapped"], service_code="27447")
    # P2P: from 2026-11-20, Thanksgiving (11-26) skipped: 2026-11-30.
    record_denial(client, ids["lmri-complete"], denial_date="2026-11-20", notice_date="")
    with session_factory(app)() as db:  # recorded before the denial form had dates
        legacy = db.get(TrackedRequest, ids["walker-complete"])
        legacy.status = "denied"
        legacy.denial = {"reason_text": "Not covered", "category": "other"}
        db.commit()
    return ids


def rows_of(html: str) -> list[str]:
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    return [row for row in body.split("<tr")[1:]]


def test_the_worklist_shows_each_denied_requests_next_deadline(client, denials):
    page = client.get("/worklist?sort=patient").text
    rows = {row.split("</bdi></a>")[0].rsplit(">", 1)[1]: row for row in rows_of(page)}
    overdue = rows["LMRI-GAPPED"]
    assert "OVERDUE by 22 days" in overdue and "File the first-level (clinical) appeal" in overdue
    assert 'class="deadline-cell deadline-overdue"' in overdue
    assert "3 days left" in rows["TKA-GAPPED"] and "2026-11-25" in rows["TKA-GAPPED"]
    assert "Unverified rule" in rows["TKA-GAPPED"]  # the P2P rule has a secondary source only
    assert "8 days left" in rows["LMRI-COMPLETE"] and "2026-11-30" in rows["LMRI-COMPLETE"]
    assert "recorded without its dates" in rows["WALKER-COMPLETE"]
    assert "deadline-cell" not in rows["CPAP-GAPPED"]


@pytest.mark.parametrize(("due", "expected"), [
    ("overdue", ["LMRI-GAPPED"]),
    ("week", ["TKA-GAPPED"]),
    ("urgent", ["LMRI-GAPPED", "TKA-GAPPED"]),
])  # fmt: skip
def test_the_worklist_filters_by_deadline(client, denials, due, expected):
    page = client.get(f"/worklist?due={due}").text
    names = [row.split("</bdi></a>")[0].rsplit(">", 1)[1] for row in rows_of(page)]
    assert names == expected
    assert f"{len(expected)} request" in page


def test_an_unknown_deadline_filter_is_ignored(client, denials):
    page = client.get("/worklist?due=soonish").text
    assert "Ignored unusable filter values: due" in page and "5 requests" in page


def test_the_digest_lists_open_denials_most_urgent_first(client, denials):
    page = client.get("/appeals/digest")
    assert page.status_code == 200
    assert "4 open denials: <strong>1 overdue</strong>, 1 due within 7 days" in page.text
    rows = rows_of(page.text)
    names = [row.split('#appeal"><bdi>')[1].split("</bdi></a>")[0] for row in rows]
    assert names == ["LMRI-GAPPED", "TKA-GAPPED", "LMRI-COMPLETE", "WALKER-COMPLETE"]
    assert "OVERDUE by 22 days" in rows[0] and "File the first-level appeal" in rows[0]
    assert "Build the appeal packet" in rows[1] and "844-679-7865" in rows[1]
    assert "No clock" in rows[3]


def test_the_digest_is_for_coordinators(client, actors, denials):
    actors.sign_in(client, actors.session(CLINICIAN))
    assert client.get("/appeals/digest").status_code == 403
