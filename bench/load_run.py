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


#: What gunicorn serves: the app, or the yardstick serving its pages as stored bytes.
APP = "smartapp:create_app()"
MINIMAL = "load_minimal:create_app()"


@contextlib.contextmanager
def gunicorn(
    settings: dict[str, object], workers: int, threads: int, log: Path, keep_alive: int = 2,
    app: str = APP, pages: Path | None = None,
) -> Iterator[tuple[str, int]]:
    """Serve ``app`` on a free loopback port; yields (base URL, master pid).

    ``keep_alive``: seconds an idle connection stays open (gthread only; gunicorn's default 2).
    ``pages``: the stored pages the yardstick (``MINIMAL``) serves.
    """
    port = free_port()
    # PYTHONFAULTHANDLER: a worker that crashes in C code leaves its threads' tracebacks.
    env = dict(os.environ, SMARTAPP_CREATE_SCHEMA="false", PYTHONFAULTHANDLER="1")
    env.update({f"SMARTAPP_{key}": json.dumps(value) for key, value in settings.items()})
    if pages is not None:
        env["BENCH_PAGES"] = str(pages)
    command = [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}",
               "--workers", str(workers), "--threads", str(threads),
               "--worker-class", "sync" if threads == 1 else "gthread",
               "--keep-alive", str(keep_alive), "--log-level", "warning",
               # A worker's first page imports and compiles what it needs: on a loaded shared
               # machine that can pass gunicorn's 30 s, and a killed worker starts cold again.
               "--timeout", "180",
               "--pythonpath", str(Path(__file__).parent), app]  # fmt: skip
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


def check_pages(base: str, cookie: str, pages: dict[str, bytes], deadline_s: float = 600) -> None:
    """Wait until the server answers, then insist the pages render for the coordinator."""
    stop = time.monotonic() + deadline_s
    for path, marker in pages.items():
        while True:
            request = urllib.request.Request(base + path, headers={"Cookie": cookie})
            try:
                with urllib.request.urlopen(request, timeout=180) as response:
                    if marker in response.read():
                        break
                    raise SystemExit(f"{path}: the page did not render as a coordinator's")
            except urllib.error.HTTPError as error:
                raise SystemExit(f"{path}: HTTP {error.code} before the load started") from error
            except OSError:
                if time.monotonic() > stop:
                    raise SystemExit("gunicorn did not start; see its log") from None
                time.sleep(0.5)


def cpu_seconds(pid: int | str) -> float:
    """CPU time (user + system) of one process so far, from /proc (Linux); 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def workers_of(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()


def tree_cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children so far."""
    return sum(cpu_seconds(member) for member in [pid, *workers_of(pid)])


def memory_mb(pid: int) -> tuple[float, float]:
    """(largest worker RSS, PSS of the master and all workers), MB. RSS counts pages a worker
    shares with the others (what it inherited at the fork) in full; PSS splits them, so the sum
    is the memory the server really holds."""
    rss, pss = 0, 0
    for member in [str(pid), *workers_of(pid)]:
        try:
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text().splitlines()
        except OSError:
            continue
        kb = {line.split(":")[0]: int(line.split()[1]) for line in rollup[1:] if ":" in line}
        pss += kb.get("Pss", 0)
        if member != str(pid):
            rss = max(rss, kb.get("Rss", 0))
    return rss / 1024, pss / 1024


class DatabaseCpu:
    """CPU time the PostgreSQL backends serving one database spend, when the server runs on this
    machine (its processes readable in /proc); ``None`` otherwise (SQLite runs inside the app)."""

    def __init__(self, url: str | None) -> None:
        self.engine = None
        if url and url.startswith("postgresql"):
            from sqlalchemy import create_engine
            from sqlalchemy.pool import NullPool

            self.engine = create_engine(url, poolclass=NullPool)

    def snapshot(self) -> dict[int, float] | None:
        if self.engine is None:
            return None
        from sqlalchemy import text

        with self.engine.connect() as connection:
            pids = connection.execute(text(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()")).scalars().all()  # fmt: skip
        cpu = {pid: cpu_seconds(pid) for pid in pids}
        return cpu if pids and any(Path(f"/proc/{pid}").exists() for pid in pids) else None

    @staticmethod
    def spent(before: dict[int, float] | None, after: dict[int, float] | None) -> float | None:
        """Seconds spent between two snapshots (a backend started in between: all of its time)."""
        if before is None or after is None:
            return None
        return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())

    def close(self) -> None:
        if self.engine is not None:
            self.engine.dispose()


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
            paths_file: Path, database: DatabaseCpu | None = None) -> dict[str, float]:  # fmt: skip
    """One wrk run; adds errors, requests/s, the CPU ms per request of the server, of the
    database's backends (PostgreSQL on this machine, else None) and of wrk, the workers' memory
    and the load average."""
    paths_file.write_text("\n".join([cookie, *paths]) + "\n")
    command = ["wrk", "-t", str(load.wrk_threads), "-c", str(load.connections),
               "-d", f"{load.duration}s", "--timeout", f"{load.timeout}s", "-s", str(LUA),
               base, "--", str(paths_file)]  # fmt: skip
    database_before = database.snapshot() if database else None
    server_before = tree_cpu_seconds(server_pid)
    wrk_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "LOAD_THINK_MS": str(load.think_ms)}
    done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    wrk_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    server_cpu = tree_cpu_seconds(server_pid) - server_before
    database_cpu = DatabaseCpu.spent(database_before, database.snapshot() if database else None)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    wrk_cpu = sum(getattr(wrk_after, key) - getattr(wrk_before, key)
                  for key in ("ru_utime", "ru_stime"))  # fmt: skip
    result["server_cpu_ms"] = server_cpu * 1000 / max(result["requests"], 1)
    result["wrk_cpu_ms"] = wrk_cpu * 1000 / max(result["requests"], 1)
    result["db_cpu_ms"] = (None if database_cpu is None
                           else database_cpu * 1000 / max(result["requests"], 1))  # fmt: skip
    result["rss_mb"], result["pss_mb"] = memory_mb(server_pid)
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
