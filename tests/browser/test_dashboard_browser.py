"""The coordinator dashboard in headless Chromium (issue 18) at a desktop width and in a 700 px
EHR side panel: every chart drawn, nothing wider than the panel, no console errors (a CSP
violation would be one), and the charts' tables one click away. Screenshots are saved in the
test's tmp dir for a look by eye."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from axe import assert_accessible
from dashboard_site import DashboardSite, dashboard_site, open_dashboard
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

#: tests/dashboard_rows.py: status, 2 services, 3 clinicians, denials, outcomes, deadlines
CHARTS = 9


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[DashboardSite]:
    with dashboard_site(tmp_path_factory.mktemp("dashboard-app")) as running:
        yield running


def console_errors(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Collect the page's console errors and uncaught exceptions from now on."""
    errors: list[str] = []

    def seen(message) -> None:  # type: ignore[no-untyped-def]
        if message.type == "error":
            errors.append(f"{message.text} ({message.location.get('url')})")

    page.on("console", seen)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


@pytest.mark.parametrize("width", [1280, 700])
def test_the_dashboard_at_desktop_and_side_panel_widths(page, site, tmp_path, width):
    errors = console_errors(page)
    open_dashboard(page, site, width)
    expect(page.get_by_role("heading", level=1)).to_have_text("Coordinator dashboard")
    charts = page.get_by_role("img")
    expect(charts).to_have_count(CHARTS)
    expect(page.get_by_role("img", name="Requests by status and readiness")).to_be_visible()
    # Every chart has bars with a size and a colour from the stylesheet (no inline style).
    bars = page.locator(".chart-svg rect")
    assert bars.count() >= 12
    fill = bars.first.evaluate("rect => getComputedStyle(rect).fill")
    assert fill == "rgb(163, 0, 0)"  # the status chart's "Not ready" segment (dashboard.css)
    box = page.locator("#chart-status svg.chart-svg").bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    page.screenshot(path=tmp_path / f"dashboard-{width}.png", full_page=True)
    assert_accessible(page)

    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow} px wider than the {width} px window"
    # A chart's table is one click away, with the same numbers.
    page.get_by_text("Show the numbers as a table").first.click()
    row = page.locator("#chart-status table tr", has_text="Denied")
    expect(row).to_contain_text("4")
    page.screenshot(path=tmp_path / f"dashboard-{width}-table.png", full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"with a table open the page is {overflow} px too wide"
    assert errors == []


def test_filtering_from_the_form_narrows_the_charts(page, site, tmp_path):
    errors = console_errors(page)
    open_dashboard(page, site, 700)
    page.get_by_label("Service code").select_option("E0470")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_role("status").first).to_contain_text("3 requests match these filters.")
    # Status, the one service, the order naming nobody, denials, outcomes; no deadline runs.
    expect(page.get_by_role("img")).to_have_count(5)
    expect(page.get_by_text("No appeal deadline is running for these requests.")).to_be_visible()
    page.get_by_role("link", name="Open them in the worklist").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Prior-authorization worklist")
    expect(page.locator("#f-service")).to_have_value("E0470")
    page.screenshot(path=tmp_path / "worklist-from-dashboard.png", full_page=True)
    assert errors == []
