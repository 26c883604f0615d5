"""The Node child process that runs Medplum's FHIR engine, and a small client for it.

The engine listens on an internal loopback port; only the Python gateway talks to it. The child
runs in its own process group so that stopping the sandbox (Ctrl-C, SIGTERM, or the Python side
dying) never leaves an orphan Node process holding a port.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

NODE_DIR = Path(__file__).resolve().parent / "node"
READY = re.compile(r"READY port=(\d+) resources=(\d+) ms=(\d+)")


class EngineError(RuntimeError):
    """The FHIR engine could not be started or did not answer."""


class EngineProcess:
    """Start and stop ``node server.mjs`` with the given seed bundles.

    ``index=False`` starts the plain MemoryRepository, whose searches scan every resource of the
    type: the baseline the patient-compartment index is measured and checked against.
    """

    def __init__(
        self,
        seeds: Iterable[Path],
        port: int = 0,
        start_timeout: float = 120.0,
        index: bool = True,
    ):
        self.seeds = [str(path) for path in seeds]
        self.port = port
        self.index = index
        self.start_timeout = start_timeout
        self.process: subprocess.Popen[str] | None = None
        self.resources_loaded = 0
        self.load_ms = 0
        self._seed_file: str | None = None
        self._drainer: threading.Thread | None = None

    def start(self) -> str:
        """Start the engine and block until it is ready; returns its internal base URL."""
        node = shutil.which("node")
        if node is None:
            raise EngineError("node is not installed; the sandbox needs Node.js 20 or newer")
        if not (NODE_DIR / "node_modules" / "@medplum" / "fhir-router").is_dir():
            raise EngineError(
                "the sandbox's npm packages are missing; run scripts/install.sh first"
            )
        handle, self._seed_file = tempfile.mkstemp(prefix="sandbox-seeds-", suffix=".json")
        with os.fdopen(handle, "w") as out:
            json.dump(self.seeds, out)
        argv = [node, "--experimental-websocket", "server.mjs", "--port", str(self.port)]
        argv += ["--seeds", self._seed_file]
        if not self.index:
            argv.append("--no-index")
        self.process = subprocess.Popen(  # noqa: S603 -- fixed argv: node + our own script
            argv,
            cwd=NODE_DIR,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        atexit.register(self.stop)
        self.port = self._wait_ready()
        # Keep draining output so the child never blocks on a full pipe.
        self._drainer = threading.Thread(target=self._drain, daemon=True, name="engine-log")
        self._drainer.start()
        return f"http://127.0.0.1:{self.port}/fhir"

    def _wait_ready(self) -> int:
        if self.process is None or self.process.stdout is None:
            raise EngineError("the FHIR engine was not started")
        deadline = time.monotonic() + self.start_timeout
        tail: list[str] = []
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            if not line:
                if self.process.poll() is not None:
                    break
                continue
            match = READY.search(line)
            if match:
                self.resources_loaded, self.load_ms = int(match[2]), int(match[3])
                return int(match[1])
            tail = [*tail[-20:], line.rstrip()]
        self.stop()
        detail = "\n".join(tail[-8:])
        raise EngineError(f"the FHIR engine did not start:\n{detail}")

    def _drain(self) -> None:
        process = self.process
        if process is None or process.stdout is None:
            return
        for line in process.stdout:
            log.debug("engine: %s", line.rstrip())

    def stop(self) -> None:
        """Stop the engine (SIGTERM to its process group, then SIGKILL)."""
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        if process is not None and process.stdout is not None:
            # The drainer reads to EOF once the engine is gone; then the pipe can be closed.
            if self._drainer is not None:
                self._drainer.join(timeout=5)
            process.stdout.close()
        if self._seed_file:
            Path(self._seed_file).unlink(missing_ok=True)
            self._seed_file = None

    @property
    def rss_bytes(self) -> int | None:
        """Resident memory of the engine process (Linux /proc), for the start-up report."""
        if self.process is None:
            return None
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return None
        match = re.search(r"VmRSS:\s+(\d+) kB", status)
        return int(match[1]) * 1024 if match else None


class EngineClient:
    """Direct access to the engine for the sandbox's own pages (no tokens: internal only)."""

    def __init__(self, base_url: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        # Node closes a keep-alive socket whose idle timer fired while its event loop was busy
        # with a long search, even when our next request already sits in it: that request is
        # reset unread. A GET is safe to send again; writes are not retried.
        retry = Retry(total=1, connect=1, read=1, status=0, other=0, allowed_methods={"GET"})
        self.session.mount("http://", HTTPAdapter(max_retries=retry))

    def request(
        self,
        method: str,
        path: str,
        params: Any = None,
        headers: dict[str, str] | None = None,
        body: bytes | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        """Send one request to the engine; returns (status, headers, body bytes)."""
        response = self.session.request(
            method,
            f"{self.base_url}/{path.lstrip('/')}",
            params=params,
            headers=headers,
            data=body,
            timeout=self.timeout,
        )
        return response.status_code, dict(response.headers), response.content

    def search(
        self, resource_type: str, params: dict[str, Any] | None = None, limit: int | None = None
    ) -> list[dict]:
        """Matching resources, following the engine's pages (until ``limit`` are found)."""
        query = {"_count": 200, **(params or {})}
        status, _, body = self.request("GET", resource_type, params=query)
        if status != 200:
            raise EngineError(f"engine search {resource_type} answered {status}")
        bundle = json.loads(body)
        found = _matches(bundle)
        while (limit is None or len(found) < limit) and (next_url := _next_link(bundle)):
            bundle = self.session.get(next_url, timeout=self.timeout).json()
            found += _matches(bundle)
        return found[:limit]

    def index_state(self, enabled: bool | None = None) -> tuple[int, dict]:
        """The engine's index state (and counters); with ``enabled``, switch the index first."""
        root = self.base_url.removesuffix("/fhir")
        if enabled is None:
            response = self.session.get(f"{root}/_index", timeout=self.timeout)
        else:
            body = {"enabled": enabled}
            response = self.session.post(f"{root}/_index", json=body, timeout=self.timeout)
        return response.status_code, response.json()

    def read(self, resource_type: str, resource_id: str) -> dict | None:
        """One resource, or None when the engine has no such resource."""
        status, _, body = self.request("GET", f"{resource_type}/{resource_id}")
        if status == 404 or status == 410:
            return None
        if status != 200:
            raise EngineError(f"engine read {resource_type} answered {status}")
        return json.loads(body)


def _matches(bundle: dict) -> list[dict]:
    entries = bundle.get("entry", [])
    return [e["resource"] for e in entries if e.get("search", {}).get("mode") != "include"]


def _next_link(bundle: dict) -> str | None:
    links = bundle.get("link", [])
    return next((link["url"] for link in links if link["relation"] == "next"), None)
