"""What a retrieval reports: progress as it runs, and the result with its warnings."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class CouldNotCheck:
    """A resource type (or part of it) the app could not read, and why (no PHI)."""

    resource_type: str
    reason: str  # forbidden | timeout | not-found | processing | incomplete
    detail: str


@dataclass
class RecordResult:
    """The record bundle plus what could not be checked."""

    bundle: dict
    warnings: list[CouldNotCheck]
    counts: dict[str, int]
    notes_fetched: int = 0
    notes_total: int = 0
    #: Notes not requested, older than every lookback window: DocumentReference key -> date.
    not_fetched: dict[str, date] = field(default_factory=dict)
    #: Each fetched note's extracted text by Binary URL: build_record(bundle, texts) reuses it.
    texts: dict[str, str] = field(default_factory=dict, repr=False)


@dataclass
class Progress:
    """Thread-safe progress of one retrieval, reported to a callback as a plain dict."""

    callback: Callable[[dict], None] | None = None
    searches_total: int = 0
    searches_done: int = 0
    notes_total: int = 0
    notes_fetched: int = 0
    types: dict[str, str] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def update(self, **changes: int) -> None:
        with self._lock:
            for name, delta in changes.items():
                setattr(self, name, getattr(self, name) + delta)
            snapshot = self.snapshot()
        if self.callback is not None:
            self.callback(snapshot)

    def snapshot(self) -> dict[str, Any]:
        return {
            "searches_done": self.searches_done, "searches_total": self.searches_total,
            "notes_fetched": self.notes_fetched, "notes_total": self.notes_total,
        }  # fmt: skip
