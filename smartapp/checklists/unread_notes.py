"""The notes an unread-note rule weighs, and how its text names them: shared by the
``unread_*.py`` modules (bench/unread.py's invariant a), each of which asks its own question of
the dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .context import Context

#: Notes named in an item's text (the report's warnings name every one).
MAX_NAMED = 5


def unread_texts(ctx: Context, kinds: tuple[str, ...] = ("note", "report")) -> list[Any]:
    """The record's texts of ``kinds`` that were fetched and could not be read (dated or not:
    each caller bounds the dates it asks about)."""
    return [
        n for n in ctx.record.all_texts()
        if n.kind in kinds and not n.not_fetched and ctx.record.unread_reason(n) is not None
    ]  # fmt: skip


def named(refs: Sequence[str]) -> str:
    """The references, the first MAX_NAMED by name and how many more."""
    more = f" and {len(refs) - MAX_NAMED} more" if len(refs) > MAX_NAMED else ""
    return ", ".join(refs[:MAX_NAMED]) + more
