"""pytest fixtures for the sandbox EHR as a real peer over loopback HTTP.

``sandbox_ehr`` (session scope) starts ``python -m sandbox`` on a free port with the PA scenario
patients and the generated large patients (sandbox/synthetic), and stops it at the end;
``sandbox_faults`` clears injected faults and the request log after each test that uses it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class SandboxEHR:
    """A running sandbox: where it is and how to steer it."""

    origin: str
    process: subprocess.Popen[bytes]

    def base(self, tenant: str) -> str:
        """The FHIR base (= iss = aud) of a tenant."""
        return f"{self.origin}/{tenant}/fhir"

    def admin(self, method: str, path: str, json: Any = None) -> requests.Response:
        """Call the admin API; ``path`` may be given as ``clients`` or ``/_admin/clients``."""
        path = path.lstrip("/").removeprefix("_admin/")
        return requests.request(method, f"{self.origin}/_admin/{path}", json=json, timeout=30)

    def token(self, tenant: str = "plain", patient: str | None = None, **grant: Any) -> str:
        """Mint an access token directly (for FHIR tests that don't exercise OAuth)."""
        body = {"tenant": tenant, "patient": patient, "scope": "patient/*.read", **grant}
        response = self.admin("POST", "tokens", body)
        response.raise_for_status()
        return response.json()["access_token"]

    def reset_faults(self) -> None:
        self.admin("POST", "reset").raise_for_status()


def start_sandbox(
    app_url: str = "http://127.0.0.1:9",
    generated: bool = True,
    index: bool = True,
    extra: tuple[str, ...] = (),
) -> SandboxEHR:
    """Start ``python -m sandbox``; ``extra`` adds flags (e.g. ``("--population", "40")``)."""
    port = free_port()
    argv = [sys.executable, "-m", "sandbox", "--port", str(port), "--app-url", app_url, *extra]
    if not generated:
        argv.append("--no-generated")
    if not index:
        argv.append("--no-index")
    process = subprocess.Popen(argv, cwd=ROOT, start_new_session=True)
    origin = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the sandbox exited during start-up (code {process.returncode})")
        try:
            if requests.get(f"{origin}/plain/fhir/metadata", timeout=2).ok:
                return SandboxEHR(origin, process)
        except requests.RequestException:
            time.sleep(0.3)
    stop_sandbox(process)
    raise RuntimeError("the sandbox did not start within 120 s")


def stop_sandbox(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def sandbox_ehr():
    sandbox = start_sandbox()
    yield sandbox
    stop_sandbox(sandbox.process)


@pytest.fixture
def sandbox_faults(sandbox_ehr):
    """The sandbox, with faults and the request log cleared after the test."""
    sandbox_ehr.reset_faults()
    yield sandbox_ehr
    sandbox_ehr.reset_faults()
