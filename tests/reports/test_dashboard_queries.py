"""The coordinator dashboard's aggregates (issue 18) over seeded rows in a real database file
(and PostgreSQL when DATABASE_URL_TEST is set): every count exact, the worklist's filters
narrowing each one, and the charts' geometry drawn from them. Rows: tests/dashboard_rows.py."""

from __future__ import annotations

import datetime as dt

import pytest
from dashboard_rows import AS_OF, OKAFOR, WHITFIELD, seed
from databases import BACKENDS, fresh_database
from werkzeug.datastructures import MultiDict

from smartapp import create_app
from smartapp.checklists.elements import ELEMENT_LABELS, ELEMENTS
from smartapp.dashboard import charts, panels, queries
from smartapp.dashboard.queries import Gap
from smartapp.db import dispose, session_factory
from smartapp.models import TrackedRequest
from smartapp.reports.worklist_filter import parse_filter


@pytest.fixture(params=BACKENDS)
def seeded(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "DATABASE_URL": url})
        with session_factory(app)() as db:
            ids = seed(db)
            yield db, ids
        dispose(app)


def scope(db, query_string: str = ""):
    args = MultiDict([tuple(pair.split("=", 1)) for pair in query_string.split("&") if pair])
    return queries.scoped(db, parse_filter(args), "Practitioner/pa-coordinator", AS_OF)


def test_requests_by_status_and_readiness(seeded):
    db, _ = seeded
    assert queries.by_status(scope(db)) == {
        ("open", "not_ready"): 1,
        ("open", "incomplete"): 1,
        ("in_progress", "not_ready"): 1,
        ("denied", "not_ready"): 4,
        ("approved", "ready"): 2,
    }


def test_missing_elements_by_service_and_ordering_clinician(seeded):
    db, _ = seeded
    # a's older version missed diagnosis-code (not counted); b's conservative treatment is
    # overridden (not counted); c's withdrawn override counts again; recommended red flags and
    # c's face-to-face that could not be checked are no gaps.
    assert queries.missing_elements(db, scope(db)) == [
        Gap("72148", WHITFIELD, "conservative-treatment", 1),
        Gap("72148", WHITFIELD, "exam-findings", 3),
        Gap("72148", OKAFOR, "conservative-treatment", 1),
        Gap("E0470", queries.NO_REQUESTER, "clinical-notes", 1),
    ]


def test_a_request_stored_without_required_gaps_is_not_opened(seeded):
    db, ids = seeded
    # The stored count is the readiness rule's, overrides applied: 0 means nothing to count.
    db.get(TrackedRequest, ids["f"]).required_gaps = 0
    db.commit()
    assert Gap("72148", WHITFIELD, "exam-findings", 2) in queries.missing_elements(db, scope(db))


def test_denials_by_month_category_and_outcome(seeded):
    db, _ = seeded
    assert queries.denials(scope(db)) == [
        (queries.NO_DATE, "other", "open", 1),
        ("2026-10", "medical-necessity", "upheld", 1),
        ("2026-10", "missing-clinical-notes", "approved", 1),
        ("2026-11", "incorrect-cpt", "closed", 1),
        ("2026-11", "medical-necessity", "open", 1),
    ]


def test_upcoming_deadlines_most_urgent_first(seeded):
    db, ids = seeded
    upcoming = queries.deadlines(scope(db), AS_OF)
    # g's denial has no dates (no clock), i's appeal is closed, e was approved.
    assert [entry.request_id for entry in upcoming] == [ids["f"], ids["d"]]
    first = upcoming[0]
    assert (first.patient, first.clock.next.due.isoformat(), first.clock.when) == (
        "Quinn Demoford",
        "2026-11-25",
        "3 days left",
    )


@pytest.mark.parametrize(
    ("query_string", "statuses", "gaps", "denials", "deadlines"),
    [
        ("service=E0470", {"open": 1, "approved": 1, "denied": 1}, 1, 2, 0),
        ("status=denied", {"denied": 4}, 2, 4, 2),
        ("due=week", {"denied": 1}, 1, 1, 1),
        ("readiness=incomplete&readiness=ready", {"open": 1, "approved": 2}, 1, 1, 0),
        ("patient=quinn", {"denied": 1}, 1, 1, 1),
    ],
)
def test_the_worklist_filters_narrow_every_aggregate(
    seeded, query_string, statuses, gaps, denials, deadlines
):
    db, _ = seeded
    query = scope(db, query_string)
    by_status: dict[str, int] = {}
    for (status, _), count in queries.by_status(query).items():
        by_status[status] = by_status.get(status, 0) + count
    assert by_status == statuses
    assert sum(gap.requests for gap in queries.missing_elements(db, query)) == gaps
    assert sum(row[3] for row in queries.denials(query)) == denials
    assert len(queries.deadlines(query, AS_OF)) == deadlines


def test_the_charts_in_plain_words(seeded):
    db, _ = seeded
    query = scope(db)
    status = panels.status_chart(queries.by_status(query), lambda s: f"/worklist?status={s}")
    # Every workflow status has its bar (a zero is information); segments by readiness.
    assert [(bar.label, bar.values) for bar in status.bars] == [
        ("Open", (1, 1, 0)),
        ("In progress", (1, 0, 0)),
        ("Ready to submit", (0, 0, 0)),
        ("Submitted", (0, 0, 0)),
        ("Denied", (4, 0, 0)),
        ("Approved", (0, 0, 2)),
    ]
    assert [s.label for s in status.series] == ["Not ready", "Incomplete", "Ready"]
    # The longest bar spans the scale; the others are in proportion.
    denied = status.bars[4]
    assert denied.end == charts.WIDTH - charts.TOTAL_ROOM
    assert status.bars[0].end == pytest.approx(denied.end / 2)
    gaps = queries.missing_elements(db, query)
    by_service = panels.gap_charts(gaps, "service")
    assert [c.title for c in by_service] == [
        "72148 · Lumbar spine MRI (advanced imaging)",
        "E0470 · CPAP / bi-level PAP device (durable medical equipment)",
    ]
    assert [(bar.label, bar.total) for bar in by_service[0].bars] == [
        ("Exam findings", 3),
        ("Conservative treatment", 2),
    ]
    by_clinician = panels.gap_charts(gaps, "requester")
    assert [c.title for c in by_clinician] == [
        WHITFIELD,
        OKAFOR,
        "Ordering clinician not named on the order",
    ]
    denials, outcomes = panels.denial_charts(queries.denials(query))
    assert [bar.label for bar in denials.bars] == [
        "October 2026",
        "November 2026",
        "Denial date not recorded",
    ]
    assert [s.label for s in outcomes.series] == [
        "Appeal open",
        "Denial upheld",
        "Approved after appeal",
        "Closed without approval",
    ]
    deadlines = panels.deadline_chart(queries.deadlines(query, AS_OF))
    assert [(bar.label, bar.total) for bar in deadlines.bars] == [
        ("Overdue", 0),
        ("Due in the next 7 days", 1),
        ("Due in 8 to 14 days", 0),
        ("Due in 15 to 30 days", 0),
        ("Due in more than 30 days", 1),
    ]


def test_every_element_has_words():
    assert set(ELEMENT_LABELS) == ELEMENTS


def test_long_labels_are_cut_at_a_word():
    label = charts.short("Ordering clinician not named on the order " * 3, limit=30)
    assert label == "Ordering clinician not named…"


def test_dates_read_as_dates():
    assert panels.day_text(dt.date(2026, 11, 25)) == "25 Nov 2026"
    assert panels.day_text(dt.datetime(2026, 11, 25, 14, 5)) == "25 Nov 2026, 14:05"  # 72-hour
    assert panels.day_text("1970-01-06") == "6 Jan 1970"
    assert panels.month_label("2026-10") == "October 2026"
