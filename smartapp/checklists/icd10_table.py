"""The compact ICD-10-CM table: built once from simple-icd-10-cm's data, memory-mapped by readers.

simple-icd-10-cm parses its 9.7 MB tabular XML into a tree of Python objects on import: 176 MB
and seconds per process, so each gunicorn worker held its own copy (issue 19). The app asks four
things of it (:mod:`smartapp.checklists.icd10`), so this module writes just those answers to one
file, and every process maps the same pages from the page cache:

    header   MAGIC, record count, leaf count (64 bytes)
    records  sorted by code: code (8 bytes, space-padded ASCII), leaf flag, first leaf, leaf
             count, description offset, description length (RECORD)
    leaves   every billable code in the library's depth-first order (8 bytes each): a code's
             billable descendants are the slice [first leaf, first leaf + leaf count)
    text     the descriptions, UTF-8

Built by ``scripts/install.sh`` (``python -m smartapp.checklists.icd10_table``), or on first use
in a child process so the caller never loads the library. The file name carries the library's
version, so an upgraded lock rebuilds it.
"""

from __future__ import annotations

import fcntl
import os
import struct
import subprocess
import sys
import warnings
from pathlib import Path

from ..errors import ConfigError

MAGIC = b"SMARTAPP-ICD10CM-1"
HEADER = struct.Struct("<32sII24x")
RECORD = struct.Struct("<8sBIIII")
CODE_WIDTH = 8


def table_path() -> Path:
    """Where the table lives: ``SMARTAPP_ICD10_TABLE``, else under the environment's prefix."""
    configured = os.environ.get("SMARTAPP_ICD10_TABLE")
    if configured:
        return Path(configured)
    from importlib.metadata import version  # ~40 ms to import: only when a code is looked up

    release = version("simple-icd-10-cm")
    return Path(sys.prefix) / "share" / "smartapp" / f"icd10cm-{release}.table"


def build(path: Path) -> None:
    """Write the table for the installed simple-icd-10-cm to ``path`` (atomically)."""
    with warnings.catch_warnings():
        # 1.5 reads its data with the deprecated importlib.resources.read_text (its warning).
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as icd

    order = icd.get_all_codes(with_dots=True)  # depth-first, a block and its same-named
    leaf = {code: bool(icd.is_leaf(code)) for code in order}  # category both listed
    # The library answers for a name with the first node it registered: for a block named like
    # its only category (B99) that is the category, the later of the two in depth-first order.
    position = {code: index for index, code in enumerate(order)}
    leaves_before = [0]
    for code in order:
        leaves_before.append(leaves_before[-1] + leaf[code])
    leaves = [code for code in order if leaf[code]]
    text = bytearray()
    records = []
    for code in sorted(position, key=lambda c: c.encode("ascii").ljust(CODE_WIDTH)):
        if len(code) > CODE_WIDTH or " " in code or not code.isascii():
            raise ValueError(f"ICD-10-CM code {code!r} does not fit the table")
        start = position[code] + 1
        descendants = icd.get_descendants(code)
        end = start + len(descendants)
        if order[start:end] != descendants:  # the library's tree is not laid out as assumed
            raise ValueError(f"ICD-10-CM code {code!r}: its descendants are not where expected")
        first, count = leaves_before[start], leaves_before[end] - leaves_before[start]
        description = str(icd.get_description(code)).encode("utf-8")
        records.append(RECORD.pack(code.encode("ascii").ljust(CODE_WIDTH), leaf[code], first,
                                   count, len(text), len(description)))  # fmt: skip
        text += description
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    with partial.open("wb") as handle:
        handle.write(HEADER.pack(MAGIC, len(records), len(leaves)))
        handle.writelines(records)
        handle.writelines(code.encode("ascii").ljust(CODE_WIDTH) for code in leaves)
        handle.write(text)
    partial.replace(path)


def ensure_table() -> Path:
    """The table's path, building it first (in a child process) when it is not there yet.

    Workers starting together wait on one lock, so the table is built once."""
    path = table_path()
    if path.is_file():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with (path.parent / f"{path.name}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not path.is_file():
                subprocess.run(  # noqa: S603 -- our own module, argv list, same interpreter
                    [sys.executable, "-m", "smartapp.checklists.icd10_table", str(path)],
                    check=True,
                )
    except (OSError, subprocess.CalledProcessError) as error:
        raise ConfigError(
            f"the ICD-10-CM table could not be built at {path} ({type(error).__name__}); run "
            "`python -m smartapp.checklists.icd10_table` or set SMARTAPP_ICD10_TABLE to a "
            "writable path"
        ) from error
    return path


def main(argv: list[str] | None = None) -> int:
    """``python -m smartapp.checklists.icd10_table [PATH]``: build the table (install step)."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else table_path()
    build(path)
    sys.stdout.write(f"ICD-10-CM table: {path} ({path.stat().st_size / 2**20:.1f} MB)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
