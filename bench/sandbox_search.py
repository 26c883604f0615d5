"""Benchmark the sandbox's patient searches with and without the compartment index (run by hand).

    .venv/bin/python bench/sandbox_search.py [--repeat 5] [--baseline-repeat 3]

Starts the sandbox (scenarios, generated patients) twice, one after the other: first the baseline,
``--no-index`` (Medplum's MemoryRepository scanning every resource of the type on each search),
then the default engine with the patient-compartment index. For each it prints the start time and
the engine's RSS at start and after the run; then, per search of the app's plan (first page, as
the app asks for it, over HTTP through the gateway) for a scenario patient (lmri-gapped) and the
large generated record (gen-heavy), the median latency of both engines and the ratio;
then the same for the whole ``smartapp.fhir.fetch_patient_record`` of each patient.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from fetch import MintedTokens  # noqa: E402
from sandbox_peer import start_sandbox, stop_sandbox  # noqa: E402

from smartapp.fhir import FhirClient, fetch_patient_record  # noqa: E402
from smartapp.fhir.searches import plan  # noqa: E402

PATIENTS = ("lmri-gapped", "gen-heavy")


@dataclass
class EngineRun:
    """What one sandbox start measured: start-up, memory, and latencies by label."""

    name: str
    start_s: float = 0.0
    rss_start_mb: float = 0.0
    rss_end_mb: float = 0.0
    searches: dict[str, float] = field(default_factory=dict)
    records: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    warnings: int = 0


def engine_state(origin: str) -> dict[str, Any]:
    response = requests.get(f"{origin}/_admin/engine", timeout=30)
    response.raise_for_status()
    return response.json()


def median_seconds(repeat: int, action: Any) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def search_once(base: str, token: str, resource_type: str, params: dict[str, str]) -> int:
    response = requests.get(
        f"{base}/{resource_type}",
        params=params,
        headers={"Authorization": f"Bearer {token}"},
        timeout=120,
    )
    response.raise_for_status()
    return int(response.json().get("total", 0))


def measure(name: str, index: bool, repeat: int) -> EngineRun:
    run = EngineRun(name)
    started = time.perf_counter()
    sandbox = start_sandbox(index=index)
    run.start_s = time.perf_counter() - started
    try:
        origin, base = sandbox.origin, sandbox.base("plain")
        state = engine_state(origin)
        assert state["indexed"] is index, f"{name}: the engine reports indexed={state['indexed']}"
        run.rss_start_mb = state["rss"] / 2**20
        for patient_id in PATIENTS:
            label = patient_id
            tokens = MintedTokens(origin, patient_id)
            token = tokens.access_token()
            for search in plan(patient_id, None):
                key = f"{label} {search.resource_type}"
                run.counts[key] = search_once(base, token, search.resource_type, search.params)
                run.searches[key] = median_seconds(
                    repeat,
                    lambda s=search, t=token: search_once(base, t, s.resource_type, s.params),
                )
            client = FhirClient(base, tokens, concurrency=4)

            def fetch_record(c: FhirClient = client, p: str = patient_id) -> None:
                run.warnings += len(fetch_patient_record(c, p).warnings)

            run.records[label] = median_seconds(repeat, fetch_record)
        state = engine_state(origin)
        if index:
            assert state["searches"]["narrowed"] > 0, "the index never narrowed a search"
        run.rss_end_mb = state["rss"] / 2**20
    finally:
        stop_sandbox(sandbox.process)
    return run


def report(baseline: EngineRun, indexed: EngineRun) -> None:
    out = sys.stdout.write
    out(f"{'':44s} {baseline.name:>12s} {indexed.name:>12s}   ratio\n")
    out(f"{'start (python -m sandbox until ready)':44s} "
        f"{baseline.start_s:10.1f} s {indexed.start_s:10.1f} s\n")  # fmt: skip
    for label, base_mb, index_mb in (
        ("engine RSS at start", baseline.rss_start_mb, indexed.rss_start_mb),
        ("engine RSS after the run", baseline.rss_end_mb, indexed.rss_end_mb),
    ):
        out(f"{label:44s} {base_mb:9.0f} MB {index_mb:9.0f} MB\n")
    out("median latency per search (first page, through the gateway):\n")
    for key, base_s in baseline.searches.items():
        index_s = indexed.searches[key]
        assert baseline.counts[key] == indexed.counts[key], f"{key}: totals differ"
        out(f"  {key + f' ({indexed.counts[key]})':42s} {base_s * 1000:9.0f} ms "
            f"{index_s * 1000:9.0f} ms {base_s / index_s:7.1f}x\n")  # fmt: skip
    out("median fetch_patient_record (whole record, concurrency 4):\n")
    for label, base_s in baseline.records.items():
        index_s = indexed.records[label]
        out(f"  {label:42s} {base_s:10.2f} s {index_s:10.2f} s {base_s / index_s:7.1f}x\n")
    out(f"{'could-not-check warnings in those records':44s} "
        f"{baseline.warnings:12d} {indexed.warnings:12d}\n")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per search (indexed)")
    parser.add_argument("--baseline-repeat", type=int, default=3, help="runs per search (scan)")
    args = parser.parse_args()
    baseline = measure("scan", index=False, repeat=args.baseline_repeat)
    indexed = measure("index", index=True, repeat=args.repeat)
    report(baseline, indexed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
