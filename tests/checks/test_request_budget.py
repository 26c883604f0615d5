"""A per-EHR request budget over real HTTP against the sandbox EHR (issue 20, finding 9): a check
that would go over it stops with a message saying so, and a further Re-check is refused with
when to try again, instead of queueing hundreds of FHIR requests."""

from __future__ import annotations

import pytest
from page_forms import csrf_of

pytestmark = pytest.mark.sandbox


def test_a_spent_request_budget_stops_checks_with_a_clear_message(served):
    # Read when the first check starts (smartapp.checks.budget.budget): set before the launch.
    served.app.config["FHIR_REQUEST_BUDGET"] = {"sandbox-plain": 5}
    browser = served.launch("lmri-gapped", "lmri-gapped-order")
    html = served.wait_for_report(browser)
    assert "Too many checks against this EHR right now" in html
    assert "limit of 5 requests in 60 seconds" in html
    again = browser.post(f"{served.url}/checks", data={"csrf_token": csrf_of(html)}, timeout=30)
    assert again.status_code == 429
    assert "Try again in" in again.text and "Too many checks against this EHR" in again.text
