"""bench/load.py's moving parts: gunicorn on a loopback port, wrk runs with bench/load.lua,
the CPU each side spent per request (from /proc, so it survives a busy machine's noise), and
optional py-spy samples of the workers."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LUA = Path(__file__).with_name("load.lua")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def gunicorn(
    settings: dict[str, object], workers: int, threads: int, log: Path, keep_alive: int = 2
) -> Iterator[tuple[str, int]]:
    """Serve ``smartapp:create_app()`` on a free loopback port; yields (base URL, master pid).

    ``keep_alive``: seconds an idle connection stays open (gthread only; gunicorn's default 2).
    """
    port = free_port()
    # PYTHONFAULTHANDLER: a worker that crashes in C code leaves its threads' tracebacks.
    env = dict(os.environ, SMARTAPP_CREATE_SCHEMA="false", PYTHONFAULTHANDLER="1")
    env.update({f"SMARTAPP_{key}": json.dumps(value) for key, value in settings.items()})
    command = [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}",
               "--workers", str(workers), "--threads", str(threads),
               "--worker-class", "sync" if threads == 1 else "gthread",
               "--keep-alive", str(keep_alive), "--log-level", "warning",
               "smartapp:create_app()"]  # fmt: skip
    with log.open("ab") as log_file:
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log_file, stderr=log_file)
    try:
        yield f"http://127.0.0.1:{port}", server.pid
    finally:
        server.send_signal(signal.SIGTERM)  # graceful: workers finish their request
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def check_pages(base: str, cookie: str, pages: dict[str, bytes], deadline_s: float = 90) -> None:
    """Wait until the server answers, then insist the pages render for the coordinator."""
    stop = time.monotonic() + deadline_s
    for path, marker in pages.items():
        while True:
            request = urllib.request.Request(base + path, headers={"Cookie": cookie})
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    if marker in response.read():
                        break
                    raise SystemExit(f"{path}: the page did not render as a coordinator's")
            except urllib.error.HTTPError as error:
                raise SystemExit(f"{path}: HTTP {error.code} before the load started") from error
            except OSError:
                if time.monotonic() > stop:
                    raise SystemExit("gunicorn did not start; see its log") from None
                time.sleep(0.5)


def tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children so far, from /proc (Linux)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    total = 0
    for member in [str(pid), *children]:
        fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14, 15 of stat)
    return total / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Load:
    """How wrk drives the server: connections, its own threads, seconds, per-request timeout."""

    connections: int = 50
    wrk_threads: int = 2
    duration: int = 30
    timeout: int = 10
    #: Mean think time per user between a response and the next request (0: closed loop).
    think_ms: int = 0


def run_wrk(base: str, server_pid: int, cookie: str, paths: list[str], load: Load,
            paths_file: Path) -> dict[str, float]:  # fmt: skip
    """One wrk run; adds errors, requests/s, and the CPU ms per request of server and of wrk."""
    paths_file.write_text("\n".join([cookie, *paths]) + "\n")
    command = ["wrk", "-t", str(load.wrk_threads), "-c", str(load.connections),
               "-d", f"{load.duration}s", "--timeout", f"{load.timeout}s", "-s", str(LUA),
               base, "--", str(paths_file)]  # fmt: skip
    server_before = tree_cpu_seconds(server_pid)
    wrk_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "LOAD_THINK_MS": str(load.think_ms)}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    wrk_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_cpu = tree_cpu_seconds(server_pid) - server_before
    result = json.loads(done.stdout.strip().splitlines()[-1])
    wrk_cpu = sum(getattr(wrk_after, key) - getattr(wrk_before, key)
                  for key in ("ru_utime", "ru_stime"))  # fmt: skip
    result["server_cpu_ms"] = server_cpu * 1000 / max(result["requests"], 1)
    result["wrk_cpu_ms"] = wrk_cpu * 1000 / max(result["requests"], 1)
    result["load"] = os.getloadavg()[0]
    result["errors"] = sum(result[key] for key in ("non2xx", "connect", "read", "write",
                                                   "timeout"))  # fmt: skip
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    return result


@contextlib.contextmanager
def sampled(folder: Path | None, pid: int, name: str, duration: int) -> Iterator[None]:
    """py-spy samples of gunicorn and its workers while the block runs (when ``folder``)."""
    if folder is None:
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    # The venv's py-spy when it was pip-installed there (bin/ is not on PATH unless activated).
    search = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    py_spy = shutil.which("py-spy", path=search)
    if py_spy is None:
        raise SystemExit("--py-spy needs py-spy: .venv/bin/pip install py-spy")
    command = [py_spy, "record", "--subprocesses", "--pid", str(pid), "--format", "raw",
               "--duration", str(duration), "--output", str(folder / f"{name}.txt")]  # fmt: skip
    recorder = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield
    finally:
        recorder.wait(timeout=duration + 30)
