"""``python -m smartapp.demo``: run the sandbox EHR and the app together on 127.0.0.1.

This is what README command (a) ends in. It starts the sandbox (Medplum FHIR engine + OAuth
server) and the app (gunicorn, one worker with threads so a record retrieval's progress is
visible to the page that polls it), generates the sandbox client secret for this run so no secret
is written anywhere, prints the URLs a person needs, and stops both on Ctrl-C or SIGTERM.

The sandbox also loads a small population scenario (``--population``, default
:data:`DEMO_POPULATION` patients) so that a coordinator's "Run population check" on the
``sandbox-epic`` entry finds orders: its ``backend`` block exports Group ``population``, which only
exists when the sandbox has a population. The run itself uses the embedded task backend (no
broker), as everything else in the demo does.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests

from . import PROJECT_ROOT

#: gunicorn's access line without the query string, referer or user agent: the OAuth callback's
#: ``?code=…&state=…`` and a referer carrying the EHR's authorize URL must not reach a log.
ACCESS_LOG_FORMAT = '%(h)s %(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
#: Patients of the demo's population scenario (15 of them with an order): a run of seconds.
DEMO_POPULATION = 100


def _wait_until_up(url: str, process: subprocess.Popen[bytes], what: str, timeout: float) -> None:
    """Poll ``url`` until it answers, failing fast if ``process`` died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"demo: the {what} exited during start-up (code {process.returncode})")
        try:
            if requests.get(url, timeout=2).status_code < 500:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise SystemExit(f"demo: the {what} did not answer at {url} within {timeout:.0f} s")


def _spawn(argv: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start a peer in its own process group so Ctrl-C and shutdown reach all its children."""
    return subprocess.Popen(argv, env=env, cwd=PROJECT_ROOT, start_new_session=True)  # noqa: S603


def _stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def sandbox_command(args: argparse.Namespace, app_url: str) -> list[str]:
    """The sandbox's command line for the demo's options."""
    command = [sys.executable, "-m", "sandbox", "--port", str(args.sandbox_port)]
    command += ["--app-url", app_url]
    if args.no_generated:
        command.append("--no-generated")
    if args.population > 0:
        command += ["--population", str(args.population)]
    return command


def main(argv: list[str] | None = None) -> int:
    """Start both peers, print the URLs, and wait."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app-port", type=int, default=int(os.environ.get("APP_PORT", 8000)))
    parser.add_argument(
        "--sandbox-port", type=int, default=int(os.environ.get("SANDBOX_PORT", 9090))
    )
    parser.add_argument(
        "--no-generated",
        action="store_true",
        help="load only the PA scenarios, not the large generated patients (faster start)",
    )
    parser.add_argument(
        "--population",
        type=int,
        default=DEMO_POPULATION,
        help="patients of the sandbox's population scenario, for the coordinators' population "
        f"run on the epic tenant (default {DEMO_POPULATION}; 0: none, the run then fails with "
        "'Group not found')",
    )
    args = parser.parse_args(argv)

    app_url = f"http://127.0.0.1:{args.app_port}"
    sandbox_origin = f"http://127.0.0.1:{args.sandbox_port}"
    env = dict(os.environ)
    client_secret = secrets.token_urlsafe(24)  # fresh per run: never stored in a file
    env.update(
        SANDBOX_CLIENT_SECRET=client_secret,
        SMARTAPP_SANDBOX_CLIENT_SECRET=client_secret,
        SMARTAPP_SANDBOX_ORIGIN=sandbox_origin,
        # The sandbox's PA coordinator (sandbox/staff.json) sees the worklist.
        # Roles are per EHR: each sandbox profile is its own EHR (smartapp/identity.py).
        SMARTAPP_COORDINATORS=json.dumps({ehr: ["Practitioner/pa-coordinator"] for ehr in (
            "sandbox-plain", "sandbox-epic", "sandbox-cerner")}),
    )
    sandbox_cmd = sandbox_command(args, app_url)
    gunicorn = Path(sys.executable).with_name("gunicorn")
    app_cmd = [
        str(gunicorn), "--workers", "1", "--threads", "8", "--bind", f"127.0.0.1:{args.app_port}",
        "--access-logfile", "-", "--access-logformat", ACCESS_LOG_FORMAT,
        "smartapp:create_app()",
    ]  # fmt: skip
    # Fixed argv (our own CLI): apply database migrations before the app serves requests.
    subprocess.run(
        [sys.executable, "-m", "smartapp", "init-db"], check=True, env=env, cwd=PROJECT_ROOT
    )
    processes: list[subprocess.Popen[bytes]] = []
    try:
        processes.append(_spawn(sandbox_cmd, env))
        _wait_until_up(f"{sandbox_origin}/plain/fhir/metadata", processes[0], "sandbox EHR", 180)
        processes.append(_spawn(app_cmd, env))
        _wait_until_up(f"{app_url}/healthz", processes[1], "app", 60)
        sys.stderr.write(
            "\nDemo ready.\n"
            f"  Standalone launch (start page):  {app_url}/launch/start\n"
            f"  Sandbox EHR page (EHR launch):   {sandbox_origin}/ehr\n"
            "Press Ctrl-C to stop both.\n\n"
        )
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        while all(process.poll() is None for process in processes):
            time.sleep(1)
        return 1
    except KeyboardInterrupt:
        return 0
    finally:
        _stop(processes)


if __name__ == "__main__":
    sys.exit(main())
