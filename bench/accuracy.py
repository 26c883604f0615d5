"""Accuracy of the gap judgement on the blind evaluation corpus (tests/accuracy/cases).

Prints recall and precision of "missing" overall, per element and per checklist, then every false
"missing" (a false alarm) and every false "met" (a gap the app did not flag), with the author's
reason and what the report quoted. Baseline: the figures recorded in tests/accuracy/baseline.json
(the floor the test suite holds the judgement to); targets: recall >= 0.95, precision >= 0.90.

    .venv/bin/python bench/accuracy.py [--cases DIR] [--quiet] [--only CHECKLIST] [--record]

``--record`` writes the current overall figures to baseline.json (only when they are not lower,
unless the scored corpus changed: cases added, or labels moved to "requirement changed, not
scored" — a different set of labels sets its own floor). Labels on a requirement a
checklist dropped (tests/accuracy/requirement-changes.yaml) are printed apart, with the reason,
as "requirement changed, not scored": never counted, never silently dropped.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import time
from pathlib import Path

from smartapp.scoring.accuracy import (
    Tally,
    evaluate_corpus,
    load_cases,
    load_requirement_changes,
)

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "accuracy" / "cases"
BASELINE = ROOT / "tests" / "accuracy" / "baseline.json"
CHANGES = ROOT / "tests" / "accuracy" / "requirement-changes.yaml"
TARGET = {"recall": 0.95, "precision": 0.90}


def line(name: str, tally: Tally) -> str:
    """One row of figures."""
    return (
        f"{name:<44} recall {tally.recall:5.2f}  precision {tally.precision:5.2f}"
        f"  (tp {tally.tp}, fp {tally.fp}, fn {tally.fn}, tn {tally.tn})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--only", help="checklist id to restrict the run to")
    parser.add_argument("--quiet", action="store_true", help="figures only, no mistake list")
    parser.add_argument("--record", action="store_true", help="write baseline.json")
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    cases = load_cases(args.cases)
    if args.only:
        cases = [(n, c) for n, c in cases if c["checklist"] == args.only]
    started = time.perf_counter()
    result = evaluate_corpus(cases, load_requirement_changes(CHANGES))
    seconds = time.perf_counter() - started
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    print(f"{result.cases} cases scored in {seconds:.1f} s; "
          f"{len(result.errors)} could not be scored")
    print(line("overall", result.overall))
    for key, target in TARGET.items():
        value = getattr(result.overall, key)
        base = baseline.get(key)
        versus = f", baseline {base:.2f} (ratio {value / base:.2f})" if base else ""
        print(f"  {key}: {value:.3f} vs target {target:.2f}{versus}")
    print("\nper element:")
    for element, tally in sorted(result.by_element.items()):
        print("  " + line(element, tally))
    print("\nper checklist:")
    for checklist, tally in sorted(result.by_checklist.items()):
        print("  " + line(checklist, tally))
    if result.not_scored:
        count = len(result.not_scored)
        print(f"\nnot scored (requirement changed, or advisory only): {count} labels")
        by_reason: dict[str, list[str]] = {}
        for entry in result.not_scored:
            by_reason.setdefault(entry.reason, []).append(entry.label)
        for reason, labels in by_reason.items():
            counts = ", ".join(f"{labels.count(k)} {k}" for k in sorted(set(labels)))
            print(f"  {len(labels)} ({counts}): {reason}")
        if not args.quiet:
            for entry in result.not_scored:
                print(f"    {entry.case} · {entry.element} (labelled {entry.label})")
    for name, error in result.errors:
        print(f"\nCOULD NOT SCORE {name}: {error}")
    if not args.quiet:
        for mistake in sorted(result.mistakes, key=lambda m: (m.kind, m.element, m.case)):
            print(f"\n[{mistake.kind}] {mistake.case} · {mistake.element}")
            print(f"  label says: {mistake.why_label}")
            for item in mistake.items:
                print(f"  {item['id']} {item['status']}: {item['searched'][:300]}")
                for evidence in item["evidence"][:2]:
                    print(f"    · {evidence['reference']}: {evidence['snippet'][:160]}")
    if args.record:
        # Rounded down, so the floor the suite holds is never above what was measured.
        figures = {"recall": math.floor(result.overall.recall * 1000) / 1000,
                   "precision": math.floor(result.overall.precision * 1000) / 1000,
                   "cases": result.cases,
                   "not_scored": len(result.not_scored)}  # fmt: skip
        # A different corpus (cases added, labels whose requirement changed set apart) sets a
        # new floor; the same corpus may only raise it.
        grown = any(figures[k] != baseline.get(k, 0) for k in ("cases", "not_scored"))
        if grown or all(figures[k] >= baseline.get(k, 0) for k in ("recall", "precision")):
            BASELINE.write_text(json.dumps(figures, indent=2) + "\n")
            print(f"\nrecorded {figures} in {BASELINE.relative_to(ROOT)}")
        else:
            print(f"\nnot recorded: {figures} is below the baseline {baseline}")


if __name__ == "__main__":
    main()
