"""The clinician's and coordinator's journey clicked through in headless chromium: EHR launch →
the gap report → open the evidence → save → the worklist → change the status → the audit trail.
Screenshots of the report and the worklist are kept in test-artifacts/."""

from __future__ import annotations

import re

import pytest
from chart_steps import launch_as_coordinator
from playwright.sync_api import expect
from scenario_copies import clone_patient

pytestmark = [pytest.mark.browser, pytest.mark.sandbox]


def save_and_open_worklist(page, patient_name: str):
    page.get_by_role("button", name="Save to worklist").click()
    expect(page.get_by_role("status").first).to_contain_text("Report saved")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Worklist").click()
    row = page.get_by_role("row").filter(has_text=patient_name)
    expect(row).to_have_count(1)
    return row


def test_gapped_report_evidence_save_worklist_status_audit(
    page, browser_app, sandbox_ehr, screenshot
):
    launch_as_coordinator(page, sandbox_ehr, browser_app.url, "lmri-gapped")
    expect(page.locator(".patient-banner")).to_contain_text("Derek Halloran")
    gaps = page.locator("section.gaps")
    expect(gaps.get_by_role("heading", name="Would be denied for lack of medical necessity")
           ).to_be_visible()
    expect(gaps.locator("#item-LMRI-003 .status-badge")).to_have_text(
        re.compile("Missing|Partly documented"))
    expect(gaps.locator("#item-LMRI-003")).to_contain_text("What to add:")
    expect(page.locator("#readiness")).to_be_visible()
    screenshot("report-gapped")

    # Evidence: the cited passage of the note is highlighted and focusable.
    page.locator("#item-LMRI-002").get_by_role("link", name="Open note").first.click()
    expect(page.locator("mark#cited")).to_be_visible()
    screenshot("evidence-note")
    page.get_by_role("link", name="Back to the report").click()

    row = save_and_open_worklist(page, "Derek Halloran")
    expect(row).to_contain_text("72148")
    expect(row).to_contain_text("open")
    screenshot("worklist")

    row.get_by_role("link", name="Derek Halloran").click()
    page.select_option("#status", "in_progress")
    page.get_by_label("Comment (optional)").fill("Asked Dr. Whitfield for the PT notes")
    page.get_by_role("button", name="Change status").click()
    expect(page.get_by_role("status").first).to_contain_text("Status changed to in progress")
    expect(page.locator("#comments")).to_contain_text("Asked Dr. Whitfield for the PT notes")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Audit trail").click()
    changes = page.get_by_role("row").filter(has_text="status change")
    expect(changes.first).to_contain_text("Dana Okafor (coordinator)")  # a name, not an id
    expect(changes.first).to_contain_text("Changed the status from open to in progress.")
    expect(page.get_by_role("row").filter(has_text="save report").first).to_be_visible()


def test_complete_report_has_no_required_gaps_and_tracks(page, browser_app, sandbox_ehr,
                                                         screenshot):
    launch_as_coordinator(page, sandbox_ehr, browser_app.url, "tka-complete")
    expect(page.get_by_text("No required element is missing.")).to_be_visible()
    expect(page.locator(".readiness-word")).to_have_text("Ready to submit")
    screenshot("report-complete")
    row = save_and_open_worklist(page, "Loretta Pembrook")
    expect(row).to_contain_text("100/100")
    row.get_by_role("link", name="Loretta Pembrook").click()
    page.select_option("#status", "ready_to_submit")
    page.get_by_role("button", name="Change status").click()
    expect(page.locator(".request-facts")).to_contain_text("ready to submit")


def test_a_note_signed_in_the_ehr_closes_the_gap_after_recheck(
    page, browser_app, sandbox_ehr, screenshot
):
    # A copy of the gapped MRI patient: signing a note must not change the shared scenario.
    patient = clone_patient(sandbox_ehr, "lmri-gapped")
    chart = f"{sandbox_ehr.origin}/ehr?tenant=plain&practitioner=md-whitfield&patient={patient}"
    page.goto(chart)
    page.select_option("#order", f"{patient}-order")
    page.get_by_role("button", name="Launch").click()
    page.wait_for_url(f"{browser_app.url}/patient")
    functional = page.locator("#item-LMRI-006")
    expect(functional.locator(".status-badge")).to_have_text(re.compile("Missing"), timeout=120_000)

    # The clinician writes the missing documentation in the EHR, in another tab.
    ehr = page.context.new_page()
    ehr.goto(chart)
    ehr.get_by_label("Date of the visit").fill("2026-11-20")
    ehr.get_by_label("Note text").fill(
        "Follow-up. Low back pain limits his work as a warehouse loader: he cannot lift more "
        "than 10 lb and cannot walk more than two blocks.")
    ehr.get_by_role("button", name="Sign note").click()
    expect(ehr.get_by_role("status")).to_contain_text("Note saved to the chart")
    ehr.close()

    page.get_by_role("button", name="Re-check after adding documentation").click()
    expect(functional.locator(".status-badge")).to_have_text(re.compile("Documented"),
                                                             timeout=120_000)  # fmt: skip
    expect(functional).to_contain_text("warehouse loader")
    screenshot("rechecked")
