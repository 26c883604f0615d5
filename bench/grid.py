"""The phrasing grid: how each checklist item's documentation reads, written many ways (blind).

Prints, for the blind excerpts in tests/accuracy/grid (smartapp.scoring.phrasing_grid), the share
of ``met`` excerpts the engine reads as documenting their item and the share of near-misses it
still flags, per item, then every excerpt it reads wrong with the author's reason. Baseline: the
figures recorded in tests/accuracy/grid/baseline.json (the floor tests/accuracy/test_grid.py
holds).

    .venv/bin/python bench/grid.py [--items IPN-001,LMRI-003] [--quiet] [--record] [--jobs 2]
    .venv/bin/python bench/grid.py --choose-carriers     # rewrite carriers.json (see README)
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from smartapp.scoring.accuracy import FLAGGED, load_cases
from smartapp.scoring.phrasing_grid import GridResult, evaluate_grid, load_grid
from smartapp.scoring.report import score_bundle

ROOT = Path(__file__).resolve().parents[1]
GRID = ROOT / "tests" / "accuracy" / "grid"
CASES = ROOT / "tests" / "accuracy" / "cases"
CARRIERS_PER_ITEM = 3


def _part(items: list[str]) -> GridResult:
    logging.disable(logging.WARNING)
    carriers = json.loads((GRID / "carriers.json").read_text())
    return evaluate_grid(load_grid(GRID), carriers, CASES, set(items))


def _flagged(named: tuple[str, dict]) -> tuple[str, dict, list[str]]:
    logging.disable(logging.WARNING)
    name, case = named
    report = score_bundle(case["bundle"], service=case["service"],
                          as_of=date.fromisoformat(case["as_of"]))  # fmt: skip
    flagged = [i["id"] for i in report["items"] if i["required"] and i["status"] in FLAGGED]
    elements = {i["id"]: i["element"] for i in report["items"]}
    return name, {"labels": case["labels"], "elements": elements}, flagged


def choose_carriers(items: list[str], jobs: int) -> dict[str, list[str]]:
    """Per item, up to CARRIERS_PER_ITEM corpus cases (one per author folder) in which the
    engine flags it and the author labelled its element missing; fewest other flags first."""
    with ProcessPoolExecutor(jobs) as pool:
        scanned = list(pool.map(_flagged, load_cases(CASES), chunksize=20))
    chosen: dict[str, list[str]] = {}
    for item in items:
        fits = sorted(((len(flagged), name) for name, case, flagged in scanned if item in flagged
                       and case["labels"].get(case["elements"][item], {}).get("label")
                       == "missing"))  # fmt: skip
        picked: list[str] = []
        for _, name in fits:
            if len(picked) < CARRIERS_PER_ITEM and all(
                    p.split("/")[0] != name.split("/")[0] for p in picked):  # fmt: skip
                picked.append(name)
        chosen[item] = picked
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", help="comma-separated item ids (default: every item)")
    parser.add_argument("--quiet", action="store_true", help="figures only, no excerpt list")
    parser.add_argument("--record", action="store_true", help="write baseline.json")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--choose-carriers", action="store_true")
    args = parser.parse_args()
    items = sorted({g["item"] for g in load_grid(GRID)})
    if args.items:
        items = [i for i in items if i in set(args.items.split(","))]
    if args.choose_carriers:
        (GRID / "carriers.json").write_text(
            json.dumps(choose_carriers(items, args.jobs), indent=1) + "\n")
        print(f"carriers chosen for {len(items)} items")
        return
    started = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        parts = list(pool.map(_part, [items[n::args.jobs * 4] for n in range(args.jobs * 4)]))
    result = GridResult()
    for part in parts:
        result.excerpts += part.excerpts
        result.unused_carriers.update(part.unused_carriers)
    report(result, len(items), time.perf_counter() - started, args)


def report(result: GridResult, items: int, seconds: float, args: argparse.Namespace) -> None:
    """Print the figures (and the wrong readings unless ``--quiet``); record them if asked."""
    met_right, met_all = result.rate("met")
    miss_right, miss_all = result.rate("missing")
    figures = {"met_read": math.floor(met_right / max(1, met_all) * 1000) / 1000,
               "near_miss_flagged": math.floor(miss_right / max(1, miss_all) * 1000) / 1000,
               "excerpts": met_all + miss_all}  # fmt: skip
    baseline_path = GRID / "baseline.json"
    baseline = json.loads(baseline_path.read_text()) if baseline_path.exists() else {}
    print(f"{items} items, {met_all + miss_all} excerpts read in {seconds:.1f} s")
    print(f"met excerpts read as met:        {met_right}/{met_all} = {figures['met_read']:.3f}"
          f" (baseline {baseline.get('met_read', '-')})")  # fmt: skip
    print(f"near-misses left flagged:        {miss_right}/{miss_all} = "
          f"{figures['near_miss_flagged']:.3f} (baseline {baseline.get('near_miss_flagged', '-')})")
    unscored = [e for e in result.excerpts if not e.statuses]
    if unscored:
        print(f"not read (no usable carrier): {len(unscored)} excerpts of "
              f"{len({e.item for e in unscored})} items")
    for item, names in sorted(result.unused_carriers.items()):
        print(f"  carriers of {item} left out (item read with no evidence): {', '.join(names)}")
    by_item: dict[str, list] = {}
    for excerpt in result.excerpts:
        by_item.setdefault(excerpt.item, []).append(excerpt)
    print("\nper item (wrong / read):")
    for item, excerpts in sorted(by_item.items()):
        wrong = sum(e.wrong for e in excerpts)
        print(f"  {item:<10} {wrong:>2} / {sum(bool(e.statuses) for e in excerpts)}")
    if not args.quiet:
        for e in (e for e in result.excerpts if e.wrong):
            kind = "false missing" if e.flagged else "false met"
            print(f"\n[{kind}] {e.item} ({', '.join(f'{k}={v}' for k, v in e.statuses.items())})")
            print("  " + e.text.replace("\n", "\n  "))
            print(f"  author: {e.why}")
    if args.record and not args.items:
        if all(figures[k] >= baseline.get(k, 0) for k in ("met_read", "near_miss_flagged")) or \
                figures["excerpts"] != baseline.get("excerpts"):  # fmt: skip
            baseline_path.write_text(json.dumps(figures, indent=2) + "\n")
            print(f"\nrecorded {figures}")
        else:
            print(f"\nnot recorded: {figures} is below the baseline {baseline}")


if __name__ == "__main__":
    main()
