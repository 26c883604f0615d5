"""The regex targets' literal pre-checks, worked out once at install time (issue 19).

Building :class:`~smartapp.notes.prefilter.Gate` parses every ``{regex: ...}`` target with the
standard library's parser and lays their ~1,600 literals out as one trie: some 0.05 s of CPU that
every process scoring a note paid, for an answer that changes only with the targets file,
prefilter.py (and this file) and Python's parser. ``scripts/install.sh`` writes that answer (JSON:
plain strings, nothing executable) to a file named by a digest of those; a process that finds no
file under its digest works the answer out and writes it there for the next one. A file is used
only when it lists exactly the patterns asked about, in the same order.

    python -m smartapp.notes.gate_file [PATH]   # the install step
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from . import prefilter
from .pipeline import TARGETS_FILE, targets

Regexes = list[tuple[str, str]]


def digest() -> str:
    """What the answer depends on: the targets file, the code working it out, Python's parser."""
    hashed = hashlib.sha256(sys.version.encode())
    for path in (TARGETS_FILE, Path(prefilter.__file__), Path(__file__)):
        hashed.update(path.read_bytes())
    return hashed.hexdigest()[:16]


def file_path() -> Path:
    """Where the answer lives: beside the ICD-10-CM table, under the environment's prefix."""
    return Path(sys.prefix) / "share" / "smartapp" / f"notes-gate-{digest()}.json"


def work_out(regexes: Regexes) -> dict[str, Any]:
    """The patterns, each one's necessary sets (most selective first) and the scan's trie."""
    needs = [prefilter.required_literals(source) for _, source in regexes]
    literals = {text for sets in needs for strings in sets for text in strings}
    return {
        "patterns": [list(pair) for pair in regexes],
        "needs": [[sorted(strings) for strings in sets] for sets in needs],
        "trie": prefilter._trie(literals),
    }


def _stored(data: dict[str, Any]) -> prefilter.Stored:
    needs = [tuple(frozenset(strings) for strings in sets) for sets in data["needs"]]
    return needs, str(data["trie"])


def load(regexes: Regexes, path: Path | None = None) -> prefilter.Stored | None:
    """The stored answer for ``regexes``, or None (no file, unreadable, other patterns)."""
    try:
        data = json.loads((path or file_path()).read_text(encoding="utf-8"))
        if data["patterns"] != [list(pair) for pair in regexes]:
            return None
        return _stored(data)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _put(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` atomically: a process reading it never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_text(json.dumps(data), encoding="utf-8")
    partial.replace(path)


def work_out_and_keep(regexes: Regexes) -> prefilter.Stored:
    """The answer worked out here, when no file holds it, and written under its digest for the
    next process (issue 19): the targets file changes at every stop, and in a checkout whose
    install step had not run since, every process paid for it (~0.15 s of CPU of a cold
    ``smartapp score``). A prefix this process may not write to is no error: the next one works
    it out too. Files of earlier digests are left to the install step (another checkout's
    process, with the earlier targets, may still read one)."""
    data = work_out(regexes)
    try:
        _put(file_path(), data)
    except OSError:
        pass
    return _stored(data)


def write(path: Path | None = None) -> Path:
    """Work the answer out for the targets file and write it (atomically)."""
    path = path or file_path()
    _put(path, work_out(targets()[2]))
    for stale in path.parent.glob("notes-gate-*.json"):  # earlier digests: never read again
        if stale != path:
            stale.unlink(missing_ok=True)
    return path


def main(argv: list[str] | None = None) -> int:
    """``python -m smartapp.notes.gate_file [PATH]``: write the answer (install step)."""
    args = sys.argv[1:] if argv is None else argv
    path = write(Path(args[0]) if args else None)
    sys.stdout.write(f"note targets' literal pre-checks: {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
