"""A clinician disagrees with the gap check in headless chromium: marks a flagged item
"documented here" in the note, sees readiness change, withdraws it; and marks an item from a
passage selected in the note viewer (static/js/passage.js). Screenshots in test-artifacts/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.sandbox]

NOTE = "DocumentReference/lmri-gapped-note-acute"


def launch_as_clinician(page, sandbox_ehr, browser_app) -> None:
    page.goto(f"{sandbox_ehr.origin}/ehr?tenant=plain&practitioner=md-whitfield"
              "&patient=lmri-gapped")  # fmt: skip
    page.select_option("#order", "lmri-gapped-order")
    page.get_by_role("button", name="Launch").click()
    page.wait_for_url(f"{browser_app.url}/patient")
    expect(page.locator("#summary-heading")).to_be_visible(timeout=120_000)


def test_mark_documented_here_see_readiness_change_and_withdraw(
    page, browser_app, sandbox_ehr, screenshot
):
    launch_as_clinician(page, sandbox_ehr, browser_app)
    headline, number = page.locator(".readiness-word"), page.locator(".readiness-value")
    expect(headline).to_have_text("Not ready: 4 required gaps")
    before = number.inner_text()
    exam = page.locator("#item-LMRI-004")
    expect(exam.locator(".status-badge")).to_have_text(re.compile("Missing"))

    exam.get_by_text("Disagree with this result").click()
    expect(exam.get_by_label("Documented here (counts as documented)")).to_be_checked()
    exam.get_by_label("Where it is documented").fill(NOTE)
    exam.get_by_label("The words that document it").fill(
        "Pain is across the low back without radiation")
    exam.get_by_label("Reason (required").fill("Exam is in the HPI: no radiation, no deficits.")
    screenshot("override-form")
    exam.get_by_role("button", name="Save override").click()

    expect(page.get_by_role("status").first).to_contain_text("LMRI-004 marked “documented here”")
    expect(headline).to_have_text("Not ready: 3 required gaps")
    expect(number).not_to_have_text(before)
    exam = page.locator("#item-LMRI-004")
    expect(exam.locator(".status-badge")).to_contain_text("Documented (overridden)")
    expect(exam.locator(".override")).to_contain_text(
        "Dr. Ana Whitfield (clinician) said: documented here.")  # a name, not an id
    expect(exam.locator(".override")).to_contain_text("The app said: missing.")
    expect(exam.locator(".override q")).to_have_text(
        "Pain is across the low back without radiation")
    expect(page.locator(".override-summary")).to_contain_text(f"The app alone said {before}")
    screenshot("overridden")

    exam.get_by_role("button", name="Withdraw my override").click()
    expect(page.get_by_role("status").first).to_contain_text("Override of LMRI-004 withdrawn")
    expect(headline).to_have_text("Not ready: 4 required gaps")
    expect(number).to_have_text(before)
    exam = page.locator("#item-LMRI-004")
    expect(exam.locator(".status-badge")).to_have_text(re.compile("Missing"))
    expect(exam.get_by_text("Withdrawn overrides (1)")).to_be_visible()
    expect(page.locator(".override-summary")).to_have_count(0)


SELECT_WORDS = """(words) => {
  const note = document.querySelector(".note-text");
  const walker = document.createTreeWalker(note, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    note.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
    return true;
  }
  return false;
}"""


def test_a_passage_selected_in_the_note_marks_the_item(page, browser_app, sandbox_ehr, screenshot):
    launch_as_clinician(page, sandbox_ehr, browser_app)
    plan = page.locator("#item-LMRI-007")
    expect(plan.locator(".status-badge")).to_have_text(re.compile("Partly documented"))
    plan.get_by_role("link", name="Open note").first.click()
    expect(page.get_by_role("heading", name=re.compile("This note documents LMRI-007"))
           ).to_be_visible()  # fmt: skip

    words = "Order MRI lumbar spine"
    assert page.evaluate(SELECT_WORDS, words)
    expect(page.get_by_label("The words that document it")).to_have_value(words)
    assert page.locator('input[name="passage_start"]').input_value().isdigit()
    page.get_by_label("Reason (required").fill("The plan is the MRI itself, stated in the note.")
    screenshot("passage-selected")
    page.get_by_role("button", name="Mark documented here").click()

    plan = page.locator("#item-LMRI-007")
    expect(plan.locator(".status-badge")).to_contain_text("Documented (overridden)")
    expect(plan.locator(".override q")).to_have_text(words)
    expect(page.locator(".readiness-word")).to_have_text("Not ready: 3 required gaps")
