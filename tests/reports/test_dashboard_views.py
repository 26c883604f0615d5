"""The coordinator dashboard page (issue 18): coordinators only (a clinician gets the worklist's
forbidden page), plain words (names, element labels, dates), the worklist's filters narrowing it,
the worklist and the dashboard one link apart, and nothing the CSP would block."""

from __future__ import annotations

import html
import re

import pytest
from dashboard_rows import seed
from report_actors import COORDINATOR

from smartapp import create_app
from smartapp.db import session_factory
from smartapp.models import AuditEvent

CLINICIAN = "Practitioner/md-whitfield"


@pytest.fixture
def app(tmp_path):
    app = create_app({
        "TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'dashboard.sqlite3'}",
        "COORDINATORS": {"sandbox-plain": [COORDINATOR]}, "AS_OF": "2026-11-22",
    })  # fmt: skip
    with session_factory(app)() as db:
        seed(db)
    return app


def signed_in(client, actors, user: str = COORDINATOR):
    actors.sign_in(client, actors.session(user))
    return client


def main_text(page: str) -> str:
    """What a person reads in the page's main region, tags dropped, spaces collapsed."""
    main = page[page.index("<main") : page.index("</main>")]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", main)).split())


def captions(page: str) -> list[str]:
    return [html.unescape(c) for c in re.findall(r'<figcaption id="[^"]+">([^<]+)<', page)]


def test_a_coordinator_sees_every_chart_with_its_table(client, actors):
    page = signed_in(client, actors).get("/dashboard")
    assert page.status_code == 200
    assert captions(page.text) == [
        "Requests by status and readiness",
        "72148 · Lumbar spine MRI (advanced imaging)",
        "E0470 · CPAP / bi-level PAP device (durable medical equipment)",
        "Dr. Ana Whitfield",
        "Dr. Chidi Okafor",
        "Ordering clinician not named on the order",
        "Denials by category, by month of denial",
        "Appeal outcomes, by month of denial",
        "Next appeal deadline of each open denial",
    ]
    # Each chart: an SVG named by its caption and described in words, and its table.
    assert page.text.count('role="img" aria-labelledby="chart-') == 9
    assert page.text.count("<details class=\"chart-table\">") == 9
    assert page.text.count("<caption>") == 9 + 1  # and the upcoming-deadlines list
    text = main_text(page.text)
    assert "9 requests." in text
    assert "Exam findings 3" in text  # the element's words and its count in the table
    assert "Denied 4 0 0 4" in text  # status row: not ready, incomplete, ready, total
    assert "Quinn Demoford born 6 Jan 1970" in text
    assert "Request the peer-to-peer review (call UM) 3 days left 25 Nov 2026" in text
    for raw in ("Practitioner/", "Patient/", "exam-findings", "not_ready", "2026-11-25", "http"):
        assert raw not in text
    # The CSP (script-src 'self', style-src 'self') blocks inline scripts and styles.
    assert "<script" not in page.text and " style=" not in page.text


def test_a_clinician_gets_the_worklists_forbidden_page(client, actors):
    signed_in(client, actors, CLINICIAN)
    worklist, dashboard = client.get("/worklist"), client.get("/dashboard")
    assert dashboard.status_code == worklist.status_code == 403
    # The same page, but for its support reference.
    shown = [main_text(page.text).split(" Support reference:")[0] for page in (dashboard, worklist)]
    assert shown[0] == shown[1]
    assert shown[0].startswith("You do not have access to this page This page is for PA coord")
    assert "Dashboard" not in client.get("/my-requests").text  # not in a clinician's menu


def test_the_worklists_filters_narrow_the_dashboard(client, actors):
    page = signed_in(client, actors).get("/dashboard?service=E0470&sort=readiness&page=2")
    text = main_text(page.text)
    assert "3 requests match these filters." in text
    assert "E0470 · CPAP / bi-level PAP device (durable medical equipment)" in captions(page.text)
    assert "72148 · Lumbar spine MRI (advanced imaging)" not in captions(page.text)
    assert "Dr. Ana Whitfield" not in captions(page.text)
    assert "No appeal deadline is running for these requests." in text
    # The form shows the filter chosen, without the worklist's sort order; the worklist link
    # keeps the filter and drops paging and sorting.
    assert re.search(r'<option selected>E0470</option>', page.text)
    assert 'name="sort"' not in page.text
    assert 'href="/worklist?service=E0470"' in page.text
    overdue = main_text(client.get("/dashboard?due=week").text)
    assert "1 request match these filters." in overdue and "Quinn Demoford" in overdue


def test_the_worklist_links_to_its_dashboard_and_back(client, actors):
    signed_in(client, actors)
    worklist = client.get("/worklist?status=denied&status=approved&sort=readiness")
    assert 'href="/dashboard?status=denied&amp;status=approved">See these requests as charts' in (
        worklist.text
    )
    assert '<a href="/dashboard">Dashboard</a>' in worklist.text  # the coordinator's menu
    dashboard = client.get("/dashboard?status=denied&status=approved")
    assert "6 requests match these filters." in main_text(dashboard.text)
    assert 'href="/worklist?status=denied&amp;status=approved">Open them' in dashboard.text


def test_unusable_filter_values_are_ignored_with_a_note(client, actors):
    page = signed_in(client, actors).get("/dashboard?status=lost&min_readiness=abc")
    assert page.status_code == 200
    assert "Ignored unusable filter values: status, min_readiness." in main_text(page.text)
    assert "9 requests." in main_text(page.text)


def test_each_view_is_audited(app, client, actors):
    signed_in(client, actors).get("/dashboard?service=72148")
    with session_factory(app)() as db:
        event = db.query(AuditEvent).filter(AuditEvent.action == "view_dashboard").one()
    # Who viewed it is the coordinator at their EHR (issue 20: a person is iss + fhirUser).
    assert event.actor.endswith(f"/{COORDINATOR}") and event.detail == {"results": 6}


def test_nothing_matching_says_so_in_every_section(client, actors):
    page = signed_in(client, actors).get("/dashboard?patient=nobody")
    text = main_text(page.text)
    assert "0 requests match these filters." in text
    assert 'role="img"' not in page.text
    for words in ("No requests match these filters.",
                  "No required element is missing in these requests' current reports.",
                  "No denials recorded for these requests.",
                  "No appeal deadline is running for these requests."):  # fmt: skip
        assert words in text
