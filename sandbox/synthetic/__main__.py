"""``python -m sandbox.synthetic [--out DIR]``: write the generated patients, print their sizes."""

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
    args = parser.parse_args(argv)
    started = time.perf_counter()
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
