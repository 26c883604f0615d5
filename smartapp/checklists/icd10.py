"""ICD-10-CM lookups from the compact memory-mapped table (:mod:`.icd10_table`).

The answers are simple-icd-10-cm's (tests/checklists/test_icd10_table.py compares them code by
code), read from one file every process maps: no library import, no per-worker copy. A code is
found as the library finds it: as given, or with a dot added after its third character.
"""

from __future__ import annotations

import mmap
import threading

from .icd10_table import CODE_WIDTH, HEADER, MAGIC, RECORD, ensure_table

_lock = threading.Lock()
_table: tuple[mmap.mmap, int, int, int] | None = None  # (map, records, leaves offset, text offset)


def _open() -> tuple[mmap.mmap, int, int, int]:
    global _table
    with _lock:
        if _table is None:
            with ensure_table().open("rb") as handle:
                table = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            magic, records, leaves = HEADER.unpack_from(table, 0)
            if magic.rstrip(b"\0") != MAGIC:
                raise ValueError("the ICD-10-CM table file is not one this version reads")
            leaves_at = HEADER.size + records * RECORD.size
            _table = (table, records, leaves_at, leaves_at + leaves * CODE_WIDTH)
        return _table


def _record(code: str) -> tuple[bytes, int, int, int, int, int] | None:
    """The record stored under exactly ``code``, by binary search."""
    if not code or len(code) > CODE_WIDTH or " " in code or not code.isascii():
        return None
    table, count, _, _ = _open()
    key = code.encode("ascii").ljust(CODE_WIDTH)
    low, high = 0, count
    while low < high:
        middle = (low + high) // 2
        at = HEADER.size + middle * RECORD.size
        found = table[at : at + CODE_WIDTH]
        if found == key:
            return RECORD.unpack_from(table, at)
        if found < key:
            low = middle + 1
        else:
            high = middle
    return None


def _node(code: str) -> tuple[bytes, int, int, int, int, int] | None:
    """The library's node for ``code``: the dotted form first when the fourth character is not
    already a dot, else the code as given."""
    if len(code) >= 4 and code[3] != ".":
        return _record(f"{code[:3]}.{code[3:]}") or _record(code)
    return _record(code)


def exists(code: str) -> bool:
    """True when ``code`` (dotted or not) is an ICD-10-CM code or category."""
    return _node(code) is not None


def is_billable(code: str) -> bool:
    """True when ``code`` exists and is a leaf (billable, most specific)."""
    node = _node(code)
    return node is not None and bool(node[1])


def billable_children(code: str) -> list[str]:
    """The billable (leaf) codes under a category, dotted (ValueError for an unknown code)."""
    node = _node(code)
    if node is None:
        raise ValueError(f'The code "{code}" does not exist.')
    table, _, leaves_at, _ = _open()
    start = leaves_at + node[2] * CODE_WIDTH
    block = table[start : start + node[3] * CODE_WIDTH]
    return [block[i : i + CODE_WIDTH].decode("ascii").rstrip() for i in range(0, len(block), 8)]


def description(code: str) -> str:
    """The ICD-10-CM description of ``code`` ("" when the code does not exist)."""
    node = _node(code)
    if node is None:
        return ""
    table, _, _, text_at = _open()
    return table[text_at + node[4] : text_at + node[4] + node[5]].decode("utf-8")
