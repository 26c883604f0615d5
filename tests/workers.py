"""Real ``smartapp worker`` processes for the Celery tests: started with the live app's settings
through ``SMARTAPP_*`` variables (a SQLite file the processes share, the test Redis as broker),
each in its own process group so a test can SIGKILL a worker and its pool at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app_server import SHIPPED_SECRET

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Workers:
    """Starts and stops worker processes sharing one configuration."""

    env: dict[str, str]
    logs: Path
    running: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def start(self, name: str) -> subprocess.Popen[bytes]:
        with (self.logs / f"{name}.log").open("ab") as log:  # the child keeps its own copy
            process = subprocess.Popen(
                [sys.executable, "-m", "smartapp", "worker", "--concurrency=1",
                 f"--name={name}@%h"],
                cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.running[name] = process
        deadline = time.monotonic() + 60
        while "ready." not in self.log(name):
            assert process.poll() is None, f"worker {name} exited:\n{self.log(name)[-2000:]}"
            assert time.monotonic() < deadline, f"worker {name} did not start"
            time.sleep(0.2)
        return process

    def log(self, name: str) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def kill(self, name: str) -> None:
        """SIGKILL the worker and its pool: no shutdown, no acknowledgement, nothing saved."""
        process = self.running.pop(name)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for name in list(self.running):
            process = self.running.pop(name)
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)


def worker_env(settings: dict[str, Any], instance: Path) -> dict[str, str]:
    """The live app's settings as the SMARTAPP_* variables ``create_app`` reads."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMARTAPP_")}
    env["SMARTAPP_INSTANCE_PATH"] = str(instance)
    env["SMARTAPP_SANDBOX_CLIENT_SECRET"] = SHIPPED_SECRET
    for key, value in settings.items():
        env[f"SMARTAPP_{key}"] = value if isinstance(value, str) else json.dumps(value)
    return env
