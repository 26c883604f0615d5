"""Many bundles scored, one JSON line each in the order given: in this process, or across worker
processes forked once the first bundle has built what scoring needs (issue 19).

The first bundle is always scored here, so the checklists, the ICD-10-CM table and -- when it has
a note in a window -- the note pipeline are built once, before any fork; the workers start with
them in memory (copy-on-write pages) instead of importing and building them each (~1 s). Each
worker scores whole bundles with the same code as the sequential loop and sends back the line;
the lines come back in the input order (``Executor.map``), so the output is the sequential
run's, byte for byte (tests/scoring/test_folder.py).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import SmartAppError
from .report import read_bundle, score_bundle

log = logging.getLogger(__name__)

Line = tuple[dict[str, Any], bool]
#: Allocations a young-generation collection waits for while a folder is scored (Python's
#: default is 700). A bundle allocates tens of thousands of containers (its JSON, its record,
#: the findings) that reference counting frees; collecting every 700 walked them for nothing:
#: ~2 ms of a ~50 ms bundle, against ~0.8 ms at this threshold (issue 19, sixth pass).
YOUNG_OBJECTS = 10_000
#: (service, as-of date, catalog) of the run, set before the workers fork: they inherit it
#: rather than receive a pickled catalog with every bundle.
_RUN: tuple[str | None, date, Any] | None = None


def default_jobs() -> int:
    """The CPUs this process may run on (its affinity mask where the platform tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def score_path(number: int, path: Path, service: str | None, when: date, catalog: Any) -> Line:
    """(the JSON line of bundle ``number``, whether it was scored): the report with its "bundle"
    path, or {"bundle", "error"} for a bundle that cannot be scored."""
    try:
        report = score_bundle(read_bundle(path), service=service, as_of=when, catalog=catalog)
    except SmartAppError as error:
        return {"bundle": str(path), "error": error.message}, False
    except Exception as error:  # one broken bundle must not cost the rest their reports
        # The type only: an exception's message may quote patient data.
        log.error("score: unexpected %s in bundle %d", type(error).__name__, number)
        message = f"could not be scored ({type(error).__name__})"
        return {"bundle": str(path), "error": message}, False
    return {"bundle": str(path), **report}, True


def _score_in_worker(number: int, path: Path) -> Line:
    """One bundle in a forked worker, with the run it inherited."""
    service, when, catalog = _RUN  # type: ignore[misc] -- set before the fork
    return score_path(number, path, service, when, catalog)


def scored_lines(paths: list[Path], service: str | None, when: date, jobs: int) -> Iterator[Line]:
    """Each bundle's line, in the order of ``paths``, scored by up to ``jobs`` processes."""
    from ..checklists import load_catalog

    catalog = load_catalog()
    if not paths:
        return
    yield score_path(1, paths[0], service, when, catalog)
    rest = paths[1:]
    workers = min(jobs, len(rest))
    threshold = gc.get_threshold()
    # What is built now lives as long as the run (and the workers): out of its collections, so
    # a collection neither walks it nor writes to (and so copies) its pages.
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, *threshold[1:])
    try:
        if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            for number, path in enumerate(rest, 2):
                yield score_path(number, path, service, when, catalog)
        else:
            yield from _forked(rest, workers, service, when, catalog)
    finally:
        gc.set_threshold(*threshold)


def _forked(
    rest: list[Path], workers: int, service: str | None, when: date, catalog: Any
) -> Iterator[Line]:
    """The lines of bundles 2.. scored by ``workers`` forked processes, in order."""
    global _RUN
    _RUN = (service, when, catalog)
    context = multiprocessing.get_context("fork")
    # Chunks of a few bundles: fewer round trips, yet both workers busy to the end.
    chunk = max(1, len(rest) // (workers * 4))
    try:
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            yield from pool.map(_score_in_worker, range(2, len(rest) + 2), rest, chunksize=chunk)
    finally:
        _RUN = None
