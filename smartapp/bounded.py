"""A bounded least-recently-used store that threads share: what a worker keeps in memory.

Several parts of a worker keep what they computed so the next request need not compute it
again: note findings (notes.memo), note Binaries a CDS hook read (fhir.prefetched), rendered page
fragments (reports.fragments, reports.cards) and serialised CSRF payloads (csrf_token). Each
keeps at most a set number of entries, dropping the least recently used, and gthread workers
serve several requests at once, so every read and write is under the store's lock.
``functools.lru_cache`` does not fit: these stores are filled by callers that compute a value
only when the store misses (often for many keys at once: a table's rows), and are emptied by
tests.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedStore(Generic[K, V]):
    """At most ``most`` entries; reading or writing one makes it the most recently used."""

    def __init__(self, most: int) -> None:
        self.most = most
        self._entries: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value kept for ``key``, or None."""
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def get_many(self, keys: list[K]) -> list[V | None]:
        """The value of each key (None where there is none), under one lock for a table."""
        with self._lock:
            found = [self._entries.get(key) for key in keys]
            for key, value in zip(keys, found, strict=True):
                if value is not None:
                    self._entries.move_to_end(key)
        return found

    def put(self, key: K, value: V) -> None:
        """Keep ``value``, dropping the least recently used entries past ``most``."""
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.most:
                self._entries.popitem(last=False)

    def discard(self, key: K) -> None:
        """Forget ``key`` if it is kept."""
        with self._lock:
            self._entries.pop(key, None)

    def clear(self) -> None:
        """Forget everything (a restarted worker; tests that count work)."""
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[K]:
        """The keys, least recently used first (a copy: the store may change meanwhile)."""
        with self._lock:
            return iter(list(self._entries))
