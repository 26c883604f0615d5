"""``python -m sandbox.synthetic [--out DIR] [--population N]``: write the generated patients
(or, with ``--population``, the population scenario's bundles) and print their sizes."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from . import ROSTER, write_bundles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("synthetic-patients"))
    parser.add_argument("--population", type=int, default=0, metavar="N",
                        help="write the population scenario of N patients instead")  # fmt: skip
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.population:
        from .population import write_bundles as write_population

        files = write_population(args.out, args.population)
        size = sum(path.stat().st_size for path in files) / 2**20
        sys.stdout.write(f"{len(files)} files, {size:.1f} MB in {args.out}, ")
        sys.stdout.write(f"{time.perf_counter() - started:.1f} s\n")
        return 0
    paths = write_bundles(args.out)
    elapsed = time.perf_counter() - started
    for entry, path in zip(ROSTER, paths, strict=True):
        entries = json.loads(path.read_text())["entry"]
        kinds = Counter(e["resource"]["resourceType"] for e in entries)
        sys.stdout.write(
            f"{entry.id:14s} {sum(kinds.values()):5d} resources, "
            f"{kinds['DocumentReference']:3d} notes, {kinds['Binary']:3d} Binaries, "
            f"{path.stat().st_size / 2**20:5.1f} MB  {path}\n"
        )
    sys.stdout.write(f"generated in {elapsed:.1f} s\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
