"""Reusable browser fixtures: Debian's chromium driven by Playwright's Python package.

- ``browser`` (session): one headless chromium (``/usr/bin/chromium``, never ``playwright
  install``) started with flags that keep it off the network except for loopback;
- ``page``: a fresh context and page per test; when the test fails, a screenshot and the HTML of
  every frame are saved under ``test-artifacts/`` (gitignored);
- ``screenshot``: ``screenshot("label")`` saves the current page there on purpose;
- ``browser_app`` (module): the app on a loopback port with the production cookie mode
  (``embedded``), its sandbox clients registered, and the sandbox's EHR page pointed at it; it
  scores as of the scenarios' date and knows the sandbox's PA coordinator.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from app_server import SHIPPED_SECRET, LiveApp, start_live_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
COORDINATOR = "Practitioner/pa-coordinator"  # sandbox/staff.json
#: Each sandbox profile is its own EHR: the coordinator is configured at each (smartapp.identity).
SANDBOX_EHRS = ("sandbox-plain", "sandbox-epic", "sandbox-cerner")
SCENARIO_AS_OF = "2026-11-22"  # sandbox/scenarios/manifest.json
TIMEOUT_MS = 20_000


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item so ``page`` can see that the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


def artifact_path(node_name: str, label: str, suffix: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{node_name}-{label}")[:150]
    return ARTIFACTS / f"{safe}{suffix}"


def save_failure(page, node_name: str) -> None:
    """Screenshot plus the HTML of the page and of each frame (an iframe launch fails inside)."""
    page.screenshot(path=artifact_path(node_name, "failed", ".png"), full_page=True)
    for index, frame in enumerate(page.frames):
        label = "failed" if index == 0 else f"failed-frame{index}"
        html = f"<!-- {frame.url} -->\n{frame.content()}"
        artifact_path(node_name, label, ".html").write_text(html, encoding="utf-8")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: run scripts/apt.sh (CI's test command does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context()
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    yield tab
    report = getattr(request.node, "report_call", None)
    try:
        if report is not None and report.failed:
            save_failure(tab, request.node.name)
    finally:
        context.close()


@pytest.fixture
def screenshot(page, request) -> Callable[[str], Path]:
    def take(label: str) -> Path:
        path = artifact_path(request.node.name, label, ".png")
        page.screenshot(path=path, full_page=True)
        return path

    return take


@pytest.fixture(scope="module")
def browser_app(sandbox_ehr, tmp_path_factory) -> Iterator[LiveApp]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", SHIPPED_SECRET)
        live = start_live_app(
            sandbox_ehr, tmp_path_factory.mktemp("browser-app"), COOKIE_MODE="embedded",
            AS_OF=SCENARIO_AS_OF, COORDINATORS={ehr: [COORDINATOR] for ehr in SANDBOX_EHRS},
            # The iframe test opens the EHR page as localhost (another site than 127.0.0.1):
            # that EHR origin must be allowed to frame the app (CSP frame-ancestors).
            FRAME_ANCESTORS=[sandbox_ehr.origin.replace("127.0.0.1", "localhost")],
        )
        previous = sandbox_ehr.admin("GET", "app-url").json()["app_url"]
        sandbox_ehr.admin("POST", "app-url", {"app_url": live.url}).raise_for_status()
        yield live
        sandbox_ehr.admin("POST", "app-url", {"app_url": previous})
        live.stop()
