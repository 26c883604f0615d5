"""A clinician answers an open item in headless chromium (issue 17): the form is accessible, the
answer is saved as an attestation and shown on the item, which stays missing from the record."""

from __future__ import annotations

import re

import pytest
from axe import assert_accessible
from playwright.sync_api import expect
from scenario_copies import clone_patient

pytestmark = [pytest.mark.browser, pytest.mark.sandbox]


def test_a_clinician_attests_an_open_item(page, browser_app, sandbox_ehr):
    patient = clone_patient(sandbox_ehr, "lmri-gapped")
    page.goto(f"{sandbox_ehr.origin}/ehr?tenant=plain&practitioner=md-whitfield&patient={patient}")
    page.select_option("#order", f"{patient}-order")
    page.get_by_role("button", name="Launch").click()
    page.wait_for_url(f"{browser_app.url}/patient")
    functional = page.locator("#item-LMRI-006")
    expect(functional.locator(".status-badge")).to_have_text(re.compile("Missing"), timeout=120_000)
    assert_accessible(page)  # the answers form too: every input labelled, headings in order

    question = page.locator("#attest-LMRI-006")
    question.get_by_label("Yes, this is so").check()
    page.get_by_role("button", name="Save my answers as attestations").click()
    expect(page.get_by_role("status").first).to_contain_text("1 answer saved")
    expect(functional.locator(".status-badge")).to_have_text(re.compile("Missing"))
    expect(functional.locator(".attested")).to_contain_text("Attested by")
    expect(functional.locator(".attested")).to_contain_text("not record evidence")
    assert_accessible(page)
