"""Issue 7's journey clicked through in headless chromium: a PA coordinator launches from the
sandbox EHR page into a scenario patient, saves the check, records the denial, sees the deadline,
builds the appeal packet and downloads its PDF, whose first page is rendered to PNG (pypdfium2)
under test-artifacts/ for a look by eye."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from app_server import SHIPPED_SECRET, LiveApp, start_live_app
from chart_steps import fill_denial, launch_as_coordinator
from playwright.sync_api import expect
from pypdf import PdfReader

pytestmark = [pytest.mark.browser, pytest.mark.sandbox]

COORDINATOR = "Practitioner/pa-coordinator"
SLOW_MS = 180_000  # reading and scoring the record from the sandbox
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"  # as the page fixture's


@pytest.fixture(scope="module")
def appeal_app(sandbox_ehr, tmp_path_factory) -> Iterator[LiveApp]:
    """The app as the demo runs it (coordinator configured, AS_OF pinned), behind the EHR page."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", SHIPPED_SECRET)
        live = start_live_app(
            sandbox_ehr, tmp_path_factory.mktemp("appeal-app"), COOKIE_MODE="embedded",
            COORDINATORS={"sandbox-plain": [COORDINATOR]}, AS_OF="2026-11-22",
        )  # fmt: skip
        previous = sandbox_ehr.admin("GET", "app-url").json()["app_url"]
        sandbox_ehr.admin("POST", "app-url", {"app_url": live.url}).raise_for_status()
        yield live
        sandbox_ehr.admin("POST", "app-url", {"app_url": previous})
        live.stop()


def test_from_a_denial_to_a_downloaded_appeal_packet(page, appeal_app, sandbox_ehr, screenshot,
                                                      request):  # fmt: skip
    launch_as_coordinator(page, sandbox_ehr, appeal_app.url, "lmri-gapped")
    save = page.get_by_role("button", name="Save to worklist")
    expect(save).to_be_visible(timeout=SLOW_MS)
    save.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("CPT 72148")

    fill_denial(page)
    page.get_by_role("button", name="Check the codes").click()
    expect(page.locator("#codes-heading + p")).to_contain_text("lack of medical necessity")
    screenshot("denial-form")
    page.get_by_role("button", name="Save the denial").click()
    next_deadline = page.locator(".next-deadline")
    expect(next_deadline).to_contain_text("Request the peer-to-peer review (call UM)")
    expect(next_deadline).to_contain_text("2026-11-25")
    expect(next_deadline).to_contain_text("3 days left")
    screenshot("denied")
    page.get_by_role("link", name="Denials digest").click()
    expect(page.locator("tr.digest-row")).to_contain_text("3 days left")
    expect(page.locator("tr.digest-row")).to_contain_text("Build the appeal packet")
    screenshot("digest")
    page.go_back()

    page.get_by_role("button", name="Build appeal packet").click()
    download_link = page.get_by_role("link", name="Download PDF")
    expect(download_link).to_be_visible(timeout=SLOW_MS)
    expect(page.locator("#lens")).to_contain_text("LMRI-003")
    screenshot("packet")
    with page.expect_download() as started:
        download_link.click()
    download = started.value
    assert download.suggested_filename == "appeal-packet-72148-2026-11-22.pdf"
    ARTIFACTS.mkdir(exist_ok=True)
    pdf_path = ARTIFACTS / f"{request.node.name}-packet.pdf"
    download.save_as(pdf_path)
    data = pdf_path.read_bytes()
    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert text.startswith("Derek Halloran, born 1988-07-02")  # every page's running head
    assert "Letter of medical necessity" in text and "CareSource Appeals" in text

    document = pypdfium2.PdfDocument(data)
    try:
        image = document[0].render(scale=110 / 72).to_pil()  # 110 dpi
    finally:
        document.close()
    png_path = ARTIFACTS / f"{request.node.name}-packet-page1.png"
    image.save(png_path)
    assert image.size == (935, 1210)  # US Letter at 110 dpi
    # Mostly white paper with dark text on it: not a blank or black render.
    grey = image.convert("L")
    dark = sum(grey.histogram()[:128])
    assert 0.005 < dark / (grey.width * grey.height) < 0.2
