"""Fuzz the scoring API with mutated scenario bundles and report crashes by type and place.

Baseline: issue 13's first measurement on this project, 9.3% of 10,500 mutated bundles crashed
the engine (981 crashes at 37 places); target 0. Also prints the slowest case (its seed
reproduces it: ``tests/robustness/mutator.py``).

    .venv/bin/python bench/fuzz.py [--cases 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import logging
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from robustness.mutator import cases

from smartapp.errors import SmartAppError
from smartapp.scoring import score_bundle

BASELINE_CRASH_RATE = 981 / 10_500


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    crashes: collections.Counter[str] = collections.Counter()
    examples: dict[str, tuple[int, str]] = {}
    refused = 0
    slowest = (0.0, 0)
    started = time.perf_counter()
    for seed, bundle in cases(args.cases, args.seed):
        began = time.perf_counter()
        try:
            score_bundle(bundle, as_of=dt.date(2026, 11, 22))
        except SmartAppError:
            refused += 1
        except Exception as error:
            frame = traceback.extract_tb(error.__traceback__)[-1]
            where = f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            crashes[where] += 1
            examples.setdefault(where, (seed, str(error)[:120]))
        took = time.perf_counter() - began
        slowest = max(slowest, (took, seed))
    total = sum(crashes.values())
    rate = total / args.cases
    print(f"{args.cases} cases in {time.perf_counter() - started:.0f} s: {total} crashes "
          f"({rate:.2%}; baseline {BASELINE_CRASH_RATE:.1%}, target 0), "
          f"{refused} refused with a clear message")  # fmt: skip
    print(f"slowest case: seed {slowest[1]}, {slowest[0]:.1f} s")
    for where, count in crashes.most_common():
        seed, message = examples[where]
        print(f"  {count:5d}  {where}  (seed {seed}: {message})")


if __name__ == "__main__":
    main()
