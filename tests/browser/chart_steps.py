"""Steps several browser tests take the same way: launch from the sandbox EHR's chart as the PA
coordinator into a scenario patient and its order, and record the denial every appeal test uses
(a Medicaid pre-service denial in Ohio for six weeks of conservative treatment, CO-50 N115)."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

#: A first check reads the whole record: the report can take a while on a loaded machine.
REPORT_MS = 180_000


def launch_as_coordinator(page: Any, sandbox_ehr: Any, app_url: str, patient: str) -> None:
    """EHR launch from the sandbox chart (plain tenant); returns once the report is shown."""
    page.goto(f"{sandbox_ehr.origin}/ehr")
    page.select_option("#tenant", "plain")
    page.select_option("#practitioner", "pa-coordinator")
    page.select_option("#patient", patient)
    page.get_by_role("button", name="Open chart").click()
    page.select_option("#order", f"{patient}-order")
    page.get_by_role("button", name="Launch").click()
    page.wait_for_url(f"{app_url}/patient")
    # Progress first, then the report (the page reloads itself when the check is done).
    expect(page.locator("#summary-heading")).to_be_visible(timeout=REPORT_MS)


def fill_denial(page: Any) -> None:
    """Open "Record a denial" on a request page and fill the form (not submitted)."""
    page.get_by_role("link", name="Record a denial").click()
    page.fill("#denial_date", "2026-11-18")
    page.fill("#notice_date", "2026-11-19")
    page.select_option("#plan_type", "medicaid")
    page.fill("#state", "OH")
    page.select_option("#review", "pre-service")
    page.fill("#reason_text", "Six weeks of conservative treatment not documented")
    page.fill("#codes", "CO-50 N115")
