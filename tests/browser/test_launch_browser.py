"""Launches clicked through in headless chromium: standalone from the start page, EHR launch from
the sandbox's EHR page for every client type, and the embedded (cross-site iframe) variant."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.sandbox]


def test_standalone_launch_from_the_start_page(page, browser_app, screenshot):
    page.goto(f"{browser_app.url}/launch/start")
    page.get_by_role("link", name="Check a patient at Local sandbox EHR (plain SMART 2.x)").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Sign in and authorize")
    page.select_option("#patient", "tka-complete")
    page.get_by_role("button", name="Allow").click()
    page.wait_for_url(f"{browser_app.url}/patient")
    expect(page.locator(".patient-banner")).to_contain_text("Loretta Pembrook")
    screenshot("banner")


def test_sign_out_from_the_header(page, browser_app):
    """Issue 20 #3: the header's Sign out ends the session; its pages then say to sign in again."""
    page.goto(f"{browser_app.url}/launch/start")
    page.get_by_role("link", name="Check a patient at Local sandbox EHR (plain SMART 2.x)").click()
    page.select_option("#patient", "tka-complete")
    page.get_by_role("button", name="Allow").click()
    page.wait_for_url(f"{browser_app.url}/patient")
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You signed out")
    page.goto(f"{browser_app.url}/patient")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your session has expired")
    expect(page.get_by_role("link", name="Sign in again")).to_be_visible()


def open_chart(page, ehr_origin, tenant, patient, order):
    page.goto(f"{ehr_origin}/ehr")
    page.select_option("#tenant", tenant)
    page.select_option("#patient", patient)
    page.get_by_role("button", name="Open chart").click()
    page.select_option("#order", order)


@pytest.mark.parametrize(
    "tenant",
    [
        "plain",  # public client
        "cerner",  # confidential-symmetric
        "epic-v1",  # confidential-asymmetric, RS384, v1 scopes
        "cerner-v1",  # confidential-asymmetric, ES384, v1 scopes
    ],
)
def test_ehr_launch_from_the_sandbox_ehr_page(page, browser_app, sandbox_ehr, tenant, screenshot):
    open_chart(page, sandbox_ehr.origin, tenant, "lmri-complete", "lmri-complete-order")
    page.get_by_role("button", name="Launch").click()
    page.wait_for_url(f"{browser_app.url}/patient")
    expect(page.locator(".patient-banner")).to_contain_text("Marisol Quintero")
    expect(page.locator(".context-line")).to_contain_text("ServiceRequest/lmri-complete-order")
    screenshot("banner")


def test_embedded_launch_in_a_cross_site_iframe(page, browser_app, sandbox_ehr, screenshot):
    """The EHR page is opened as http://localhost:… while the app is http://127.0.0.1:…, so the
    app runs as a third party in the iframe, as inside Epic or Oracle Health. The launch must
    complete with the partitioned session cookie; the EHR shows the banner, so the app does not
    (need_patient_banner=false)."""
    ehr = sandbox_ehr.origin.replace("127.0.0.1", "localhost")
    assert urlparse(ehr).hostname != urlparse(browser_app.url).hostname
    open_chart(page, ehr, "epic", "lmri-complete", "lmri-complete-order")
    page.get_by_label("Open the app embedded in the EHR (iframe)").check()
    page.get_by_role("button", name="Launch").click()
    frame = page.frame_locator('iframe[title="SMART app"]')
    expect(frame.get_by_role("heading", level=1)).to_have_text(
        "Prior-authorization documentation check"
    )
    expect(frame.locator(".context-line")).to_contain_text("ServiceRequest/lmri-complete-order")
    expect(frame.locator(".patient-banner")).to_have_count(0)
    # The EHR frame names the patient by id only: the app still shows whose record this is.
    expect(frame.locator(".patient-identity")).to_have_text("Marisol Quintero · born 1980-03-14")
    app_frame = next(f for f in page.frames if f.url.startswith(browser_app.url))
    assert urlparse(app_frame.url).path == "/patient"
    assert urlparse(page.url).hostname == "localhost"  # the top window stayed in the EHR
    cookies = [c for c in page.context.cookies() if c["name"] == "session"]
    assert len(cookies) == 1
    cookie = cookies[0]
    assert cookie["domain"] == "127.0.0.1"
    assert cookie["sameSite"] == "None" and cookie["secure"] and cookie["httpOnly"]
    assert cookie.get("partitionKey") == "http://localhost"  # stored as a third party's
    screenshot("embedded")


def test_epic_embedded_launch_with_notes_withheld_is_incomplete(page, browser_app, sandbox_ehr,
                                                                screenshot):
    """Issue 12: the EHR withheld the notes (Epic profile, embedded). The check used to say
    "100/100 Ready to submit" under a "Could not check" box; it now says it is incomplete,
    lists the required items it could not check, and never says ready."""
    ehr = sandbox_ehr.origin.replace("127.0.0.1", "localhost")
    open_chart(page, ehr, "epic", "lmri-complete", "lmri-complete-order")
    page.get_by_label("Open the app embedded in the EHR (iframe)").check()
    page.get_by_label("Withhold notes (DocumentReference)").check()
    page.get_by_role("button", name="Launch").click()
    frame = page.frame_locator('iframe[title="SMART app"]')
    expect(frame.locator("#summary-heading")).to_be_visible(timeout=120_000)
    word = frame.locator(".readiness-word")
    expect(word).to_have_text(re.compile(r"^Incomplete: \d+ required items? could not be checked$"))
    expect(frame.locator(".gauge")).not_to_contain_text("Ready")
    expect(frame.locator("#cannot-check")).to_be_visible()
    expect(frame.locator("section.warnings")).to_contain_text("Clinical notes")
    unchecked = frame.locator("section.unchecked")
    expect(unchecked).to_contain_text("Could not check")
    expect(unchecked.locator("#item-CSU-006")).to_be_visible()  # recent clinical notes
    expect(frame.locator(".patient-identity")).to_contain_text("Marisol Quintero")
    screenshot("embedded-incomplete")
