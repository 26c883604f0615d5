"""Re-checks are bounded (issue 20, finding 9): one running check per session and patient, and
a request budget per EHR. The budget over real HTTP is in tests/checks/test_request_budget.py."""

from __future__ import annotations

import datetime as dt

import pytest
from page_forms import csrf_of
from test_interrupted_runs import running_run

from smartapp.checks.budget import BudgetExceededError, RequestBudget
from smartapp.db import session_factory
from smartapp.models import CheckRun

CLINICIAN = "Practitioner/md-whitfield"


def test_a_recheck_while_a_check_runs_joins_it(app, client, actors):
    launch = actors.session(CLINICIAN)
    actors.sign_in(client, launch)
    earlier = actors.run(launch, "lmri-gapped")  # a finished check: its page has the forms
    page = client.get(f"/checks/{earlier.id}").text
    run_id = running_run(app, launch, dt.datetime.now(dt.UTC) - dt.timedelta(seconds=2))
    for _ in range(5):
        response = client.post("/checks", data={"csrf_token": csrf_of(page)})
        assert response.status_code == 302 and response.headers["Location"].endswith("/patient")
    with session_factory(app)() as db:
        assert {run.id for run in db.query(CheckRun)} == {earlier.id, run_id}
    with client.session_transaction() as flask_session:
        flashes = [message for _, message in flask_session["_flashes"]]
    assert flashes[-1].startswith("A check of this patient is already running")


def test_the_budget_counts_per_ehr_over_a_sliding_window():
    now = [0.0]
    budget = RequestBudget({"https://small.example/fhir": 2}, default=3, window=60,
                           clock=lambda: now[0])  # fmt: skip
    for _ in range(3):
        budget.spend("https://big.example/fhir")
    budget.spend("https://small.example/fhir")
    budget.spend("https://small.example/fhir")
    with pytest.raises(BudgetExceededError, match=r"limit of 2 requests in 60 seconds\. Try again "
                                                  r"in 60 seconds"):  # fmt: skip
        budget.check("https://small.example/fhir")
    with pytest.raises(BudgetExceededError):
        budget.spend("https://big.example/fhir")
    now[0] = 60.5  # the window moved on: the budget is back
    budget.spend("https://small.example/fhir")
