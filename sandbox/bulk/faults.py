"""Bulk Data behaviour switches and injected faults (set through ``/_admin/bulk/faults``).

Tests force the situations a population run must survive; every switch is off by default:

- ``kickoff_status`` (429/500/503) answers the next ``kickoff_times`` kick-offs (default 1) with
  that status and an OperationOutcome (``Retry-After`` from ``retry_after`` on 429/503);
- ``error_types``: these resource types fail to export; each adds an OperationOutcome line to
  the error file and no output file;
- ``fail_patients``: these patients' records fail mid-export; their resources are left out of
  every file and the error file names each patient (the export still completes);
- ``fail_job``: the whole export fails; the status URL then answers 500 with an OperationOutcome;
- ``slow_seconds``: an export stays in progress at least this long (polling tests);
- ``retry_after``: seconds advertised in ``Retry-After`` while in progress (default 1); a poll
  sooner than that after the previous one is answered 429;
- ``file_ttl``: seconds output links stay valid after completion (default from the sandbox's
  ``--bulk-file-ttl``, 3600);
- ``expire_after_files``: links expire (410) once this many files were served, as when a slow
  client is still reading when they die (``files_served`` counts them);
- ``requires_access_token``: false serves the files without a token (manifest says so).
"""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass, field, fields
from typing import Any

RETRYABLE_KICKOFF = (429, 500, 503)


@dataclass
class BulkFaults:
    """The switches in force; changed by the admin API, read by kick-off, status and jobs."""

    default_ttl: float = 3600.0
    kickoff_status: int | None = None
    kickoff_times: int = 1
    error_types: list[str] = field(default_factory=list)
    fail_patients: list[str] = field(default_factory=list)
    fail_job: bool = False
    slow_seconds: float = 0.0
    retry_after: float = 1.0
    file_ttl: float | None = None
    #: Links expire once this many files were served: they die while a client is still reading.
    expire_after_files: int | None = None
    files_served: int = 0
    requires_access_token: bool = True
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def configure(self, spec: dict[str, Any]) -> None:
        """Apply an admin request; raises ValueError naming the bad field."""
        with self._lock:
            if "kickoff_status" in spec:
                status = spec["kickoff_status"]
                if status is not None and int(status) not in RETRYABLE_KICKOFF:
                    raise ValueError(f"kickoff_status must be one of {RETRYABLE_KICKOFF} or null")
                self.kickoff_status = None if status is None else int(status)
                self.kickoff_times = int(spec.get("kickoff_times", 1))
            for name in ("error_types", "fail_patients"):
                if name in spec:
                    value = spec[name]
                    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                        raise ValueError(f"{name} must be a list of strings")
                    setattr(self, name, list(value))
            for name in ("slow_seconds", "retry_after"):
                if name in spec:
                    setattr(self, name, max(0.0, float(spec[name])))
            if "expire_after_files" in spec:
                value = spec["expire_after_files"]
                if value is not None and (not isinstance(value, int) or value < 0):
                    raise ValueError("expire_after_files must be a whole number or null")
                self.expire_after_files, self.files_served = value, 0
            if "file_ttl" in spec:
                self.file_ttl = None if spec["file_ttl"] is None else float(spec["file_ttl"])
            for name in ("fail_job", "requires_access_token"):
                if name in spec:
                    if not isinstance(spec[name], bool):
                        raise ValueError(f"{name} must be true or false")
                    setattr(self, name, spec[name])

    def clear(self) -> None:
        with self._lock:
            default_ttl = self.default_ttl
            fresh = BulkFaults(default_ttl=default_ttl)
            for name in fresh.describe():
                setattr(self, name, getattr(fresh, name))

    def take_kickoff_fault(self) -> int | None:
        """The status to answer this kick-off with, consuming one use; None when none."""
        with self._lock:
            status = self.kickoff_status
            if status is not None:
                self.kickoff_times -= 1
                if self.kickoff_times <= 0:
                    self.kickoff_status = None
            return status

    def take_file(self) -> bool:
        """Count one file served; True when ``expire_after_files`` says links died already."""
        with self._lock:
            if self.expire_after_files is not None and (
                self.files_served >= self.expire_after_files
            ):
                return True
            self.files_served += 1
            return False

    @property
    def ttl(self) -> float:
        return self.default_ttl if self.file_ttl is None else self.file_ttl

    def describe(self) -> dict[str, Any]:
        return {f.name: copy.copy(getattr(self, f.name)) for f in fields(self) if f.name[0] != "_"}
