"""Benchmark: median ms per patient to score a Bundle (incl. note extraction and NLP).

Baseline: merely validating the same Bundle with fhir.resources R4B (``Bundle.model_validate``).
Runs over the generated patients (sandbox/synthetic) and sandbox/scenarios/*.json; prints
per-patient timings, the medians, the ratio, and a cProfile summary of what dominates scoring.

Each patient is scored as of its own request date -- the day its open order was written, or for
a patient scored for ``--service`` without an order, the day of its newest note -- so its recent
notes are in the checklist's windows and the note NLP is in the figure (issue 19). The old way,
every patient as of one fixed date (``--fixed-as-of``, default the scenarios' date), is timed too
and its median printed beside the new one.

    .venv/bin/python bench/score.py [--repeat 3] [--service 72148] [--fixed-as-of 2026-11-22]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import time
from datetime import date
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle

from sandbox import synthetic
from sandbox.scenarios.common import AS_OF
from smartapp.checklists import load_catalog
from smartapp.checklists.requests import find_order
from smartapp.evidence import build_record
from smartapp.scoring import score_bundle

ROOT = Path(__file__).resolve().parents[1]
SCENARIOS = ROOT / "sandbox" / "scenarios"


def bundles() -> list[tuple[str, dict, str | None]]:
    """(name, bundle, service) for every patient bundle: generated patients are scored for
    ``--service`` (most have no open order), scenarios for their own open order."""
    found = [(f"{entry.id} (generated)", synthetic.bundle(entry.id), "x")
             for entry in synthetic.ROSTER]  # fmt: skip
    for path in sorted(SCENARIOS.glob("*.json")):
        data = json.loads(path.read_text())
        if isinstance(data, dict) and data.get("resourceType") == "Bundle":
            found.append((path.name, data, None))
    return found


def request_date(bundle: dict, fallback: date) -> date:
    """The day the patient's open order was written; without one, the newest note's day (the
    record's last visit), so the notes a request would be judged on are in the windows."""
    record = build_record(bundle)
    order = find_order(record, None)
    if order is not None and order.authored:
        return order.authored
    days = [note.date for note in record.all_texts() if note.date]
    return max(days, default=fallback)


def timed(function, repeat: int) -> float:
    """Best-of-``repeat`` wall time in ms (the usual way to damp a shared machine's noise)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, (time.perf_counter() - start) * 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--service", default="72148", help="service for generated patients")
    parser.add_argument("--fixed-as-of", default=AS_OF,
                        help="the old way's one date for every patient (default: the scenarios')")
    args = parser.parse_args()
    load_catalog()  # load once, as the app does
    fixed = date.fromisoformat(args.fixed_as_of)
    # Warm up: spaCy/medspaCy pipelines load on first use; that one-off cost is not per patient.
    first = bundles()[0][1]
    score_bundle(first, service=args.service, as_of=request_date(first, fixed))
    score_ms, fixed_ms, validate_ms = [], [], []
    for name, data, service in bundles():
        service = args.service if service else None
        as_of = request_date(data, fixed)
        try:
            ms = timed(
                lambda d=data, s=service, a=as_of: score_bundle(d, service=s, as_of=a), args.repeat
            )
            old_ms = timed(
                lambda d=data, s=service: score_bundle(d, service=s, as_of=fixed), args.repeat
            )
        except Exception as error:  # a bench reports, it does not stop
            print(f"{name:60s} score failed: {error}")
            continue
        fixed_ms.append(old_ms)
        try:
            base = timed(lambda d=data: Bundle.model_validate(d), 1)
        except Exception:  # real EHR output often fails strict R4B
            base = float("nan")
        score_ms.append(ms)
        if base == base:
            validate_ms.append(base)
        print(f"{name:60s} as of {as_of}  score {ms:8.1f} ms  (as of {fixed}: {old_ms:8.1f} ms)"
              f"  R4B validate {base:8.1f} ms")  # fmt: skip
    median_score = statistics.median(score_ms)
    median_validate = statistics.median(validate_ms) if validate_ms else float("nan")
    print(f"\npatients: {len(score_ms)}  median score as of each request date: "
          f"{median_score:.1f} ms  (old way, all as of {fixed}: "
          f"{statistics.median(fixed_ms):.1f} ms)  median R4B validate: {median_validate:.1f} ms  "
          f"ratio score/validate: {median_score / median_validate:.2f}")
    profiler = cProfile.Profile()
    profiler.enable()
    for _name, data, service in bundles():
        try:
            score_bundle(data, service=args.service if service else None,
                         as_of=request_date(data, fixed))  # fmt: skip
        except Exception:  # counted above
            continue
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(18)
    print("\nWhat dominates scoring (cumulative):")
    print("\n".join(out.getvalue().splitlines()[4:32]))


if __name__ == "__main__":
    main()
