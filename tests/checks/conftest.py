"""Fixtures for the check flow: the app served on loopback against the sandbox EHR, and a
helper that launches it for a patient and waits for the check to finish."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest
import requests
from app_server import SHIPPED_SECRET, start_live_app

COORDINATOR = "Practitioner/pa-coordinator"
AS_OF = "2026-11-22"


@dataclass
class Served:
    url: str
    app: object
    sandbox: object

    def launch(self, patient: str, order: str | None = None, tenant: str = "plain",
               practitioner: str | None = None, **grant: object) -> requests.Session:
        """An EHR launch for ``patient`` in a fresh browser-like session (cookies kept);
        ``grant`` (narrow={type: query}, withhold=[type]) makes the EHR grant less."""
        body = {"tenant": tenant, "patient": patient, "order": order,
                "practitioner": practitioner, **grant}
        context = self.sandbox.admin("POST", "launches", body)
        context.raise_for_status()
        browser = requests.Session()
        page = browser.get(f"{self.url}/launch", timeout=30,
                           params={"iss": context.json()["iss"],
                                   "launch": context.json()["launch"]})
        assert page.status_code == 200, page.text[:400]
        return browser

    def wait_for_report(self, browser: requests.Session, timeout: float = 60) -> str:
        """Poll /patient until the check is no longer running; returns the final page HTML."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            page = browser.get(f"{self.url}/patient", timeout=30)
            if 'id="progress"' not in page.text:
                return page.text
            time.sleep(0.2)
        raise AssertionError("the check did not finish")



@pytest.fixture
def served(sandbox_ehr, tmp_path, monkeypatch):
    monkeypatch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", SHIPPED_SECRET)
    # The coordinator is configured at every sandbox tenant (roles are per EHR: issue 20).
    tenants = ("sandbox-plain", "sandbox-epic", "sandbox-cerner")
    coordinators = {ehr: [COORDINATOR] for ehr in tenants}
    live = start_live_app(sandbox_ehr, tmp_path, AS_OF=AS_OF, COORDINATORS=coordinators)
    yield Served(live.url, live.app, sandbox_ehr)
    live.stop()
