"""From the sandbox EHR's order screen: signing an order shows the app's card, and the card's link
launches the app on that order (its appContext, passed through the EHR's launch)."""

from __future__ import annotations

import requests
from chart_steps import REPORT_MS
from playwright.sync_api import expect

from smartapp.db import session_factory
from smartapp.models import AppSession, CheckRun


def _warm_up(sandbox_ehr) -> None:
    """One hook call first: the first check of a process loads the checklists and note reader."""
    body = {"hook": "order-sign", "tenant": "plain", "patient": "lmri-complete",
            "orders": ["lmri-complete-order"]}  # fmt: skip
    call = sandbox_ehr.admin("POST", "cds-request", body).json()
    requests.post(call["url"], json=call["body"], timeout=300,
                  headers={"Authorization": f"Bearer {call['jwt']}"}).raise_for_status()


def test_a_card_from_order_sign_launches_the_app_on_its_order(page, browser_app, sandbox_ehr,
                                                              screenshot):  # fmt: skip
    # A loaded test machine reads the record slowly; the deadline is bench/hooks.py's business.
    browser_app.app.config["HOOK_DEADLINE_SECONDS"] = 120
    _warm_up(sandbox_ehr)
    page.goto(f"{sandbox_ehr.origin}/ehr")
    page.select_option("#tenant", "plain")
    page.select_option("#patient", "lmri-gapped")
    page.get_by_role("button", name="Open chart").click()
    page.select_option("#order", "lmri-gapped-order")
    page.get_by_role("button", name="Sign order").click()
    card = page.locator("#cds-cards article.cds-card")
    expect(card).to_have_count(1, timeout=REPORT_MS)
    expect(card).to_have_attribute("data-indicator", "warning")
    expect(card.locator("h3")).to_contain_text("required gap")
    screenshot("order-sign-card")
    card.get_by_role("button", name="Open the documentation check for this order").click()
    page.wait_for_url(f"{browser_app.url}/patient")
    expect(page.locator("#summary-heading")).to_be_visible(timeout=REPORT_MS)
    expect(page.get_by_text("Order under review")).to_be_visible()
    with session_factory(browser_app.app)() as db:
        launched = db.query(AppSession).order_by(AppSession.created_at.desc()).first()
        run = db.query(CheckRun).filter(CheckRun.session_id == launched.id).one()
    # The EHR sent no fhirContext with the card's launch: the order came from appContext.
    assert launched.fhir_context == [{"reference": "ServiceRequest/lmri-gapped-order"}]
    assert run.order_ref == "ServiceRequest/lmri-gapped-order"
    assert run.status == "done" and run.report["state"] == "not_ready"
