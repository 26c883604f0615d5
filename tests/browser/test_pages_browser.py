"""Every main page, as a PA coordinator reads it in headless chromium (issue 18): axe-core finds
no serious or critical violation and no heading out of order on the gap report, the worklist,
the request page, the appeal packet and the P2P sheet; the report, worklist and packet are
photographed at 1280 and 700 px (an EHR side panel) and never scroll sideways at 700 px; the
packet's "what to send" is near the top; no page logs a console error."""

from __future__ import annotations

import pytest
from axe import assert_accessible
from chart_steps import fill_denial, launch_as_coordinator
from layout import at_widths, console_errors
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.sandbox]
SLOW_MS = 180_000  # reading and scoring the record from the sandbox


def test_main_pages_are_accessible_and_fit_a_side_panel(page, browser_app, sandbox_ehr,
                                                         tmp_path):  # fmt: skip
    errors = console_errors(page, browser_app.url)
    launch_as_coordinator(page, sandbox_ehr, browser_app.url, "lmri-gapped")
    # People by name: the signed-in coordinator's own Practitioner was read at launch.
    expect(page.locator(".app-header .user")).to_have_text("Dana Okafor (coordinator)")
    assert_accessible(page)
    at_widths(page, tmp_path, "report")

    page.get_by_role("button", name="Save to worklist").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("CPT 72148")
    assert_accessible(page)  # the request page
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Worklist").click()
    expect(page.get_by_role("row").filter(has_text="Derek Halloran")).to_have_count(1)
    assert_accessible(page)
    at_widths(page, tmp_path, "worklist")

    page.get_by_role("row").filter(has_text="Derek Halloran").get_by_role("link").first.click()
    fill_denial(page)
    page.get_by_role("button", name="Save the denial").click()
    page.get_by_role("button", name="Build appeal packet").click()
    expect(page.get_by_role("link", name="Download PDF")).to_be_visible(timeout=SLOW_MS)
    assert_accessible(page)
    at_widths(page, tmp_path, "packet")
    # "What to send" is found without scrolling: it starts within the first screenful or two.
    send = page.get_by_role("heading", name="What to send")
    expect(send).to_be_visible()
    assert send.bounding_box()["y"] < 1400
    assert page.locator(".warnings li").count() == len(
        set(page.locator(".warnings li").all_inner_texts()))  # each warning once

    page.get_by_role("link", name="Printable P2P sheet").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Peer-to-peer preparation sheet")
    assert_accessible(page)
    assert not errors, errors


def test_the_axe_helper_fails_a_page_with_headings_out_of_order(page):
    """The helper is no rubber stamp: a skipped heading level and an unlabeled field fail it."""
    page.set_content('<!doctype html><html lang="en"><head><title>t</title></head><body><main>'
                     "<h1>Report</h1><h3>Skipped a level</h3><input type='text'></main></body>"
                     "</html>")  # fmt: skip
    with pytest.raises(AssertionError) as failed:
        assert_accessible(page)
    assert "heading-order" in str(failed.value) and "label" in str(failed.value)
