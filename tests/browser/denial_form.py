"""The denial every appeal browser test records: a Medicaid pre-service denial in Ohio for six
weeks of conservative treatment not documented (CO-50 N115), typed into the request page's form."""

from __future__ import annotations

from typing import Any


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
