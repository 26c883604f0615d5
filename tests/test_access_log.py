"""The demo's gunicorn access log leaves query strings and referers out: the OAuth callback's
``?code=…&state=…`` (and a referer holding the EHR's authorize URL) must never be logged."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import requests

from smartapp.demo import ACCESS_LOG_FORMAT


def test_access_lines_carry_the_path_but_no_query_or_referer(tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = json.dumps({"INSTANCE_PATH": str(tmp_path / "instance"), "AS_OF": "2026-11-22"})
    log = tmp_path / "access.log"
    server = subprocess.Popen(  # fixed argv: our own app under gunicorn
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1",
         "--access-logfile", str(log), "--access-logformat", ACCESS_LOG_FORMAT,
         f"smartapp:create_app({settings})"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                requests.get(f"{base}/healthz", timeout=10)
                break
            except requests.RequestException:
                assert time.monotonic() < deadline, "gunicorn did not answer"
                assert server.poll() is None, "gunicorn exited"
                time.sleep(0.2)
        referer = f"{base}/authorize?state=REFERER-STATE"
        requests.get(f"{base}/launch/callback", params={"code": "SECRET-CODE", "state": "S-1"},
                     headers={"Referer": referer}, timeout=10)  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=30)
    lines = log.read_text()
    assert '"GET /launch/callback"' in lines
    assert "SECRET-CODE" not in lines and "S-1" not in lines and "REFERER-STATE" not in lines
