"""The clause (or sentence) around a span of text, cut by the caller's own break pattern.

Many readers look at the words of a finding's own clause: from the last break before it to the
first break after it. What counts as a break differs by reader, and on purpose ("Tdap 2 yrs ago,
QFT neg": times_ago cuts at the comma; "APAP, ibuprofen without relief": apap_reading does not),
so each keeps its pattern; this module only does the cutting, once, instead of each module
writing the same ``max(m.end() for m in ...finditer(...))`` and ``search(...)`` by hand.

The boundaries are exactly those the hand-written copies gave:

- the clause starts at the end of the last break matched in ``text[low:at]`` (searched with
  ``finditer(text, low, at)``, so ``$`` and lookaheads see ``at`` as the end), else at ``low``;
- it ends at the start of the first break matched from ``at`` on (``search(text, at)``, the
  rest of the text in view), else at the end of the text.

:func:`pieces` cuts a whole text at its breaks, for the readers that go sentence by sentence.
"""

from __future__ import annotations

import re


def last_break(text: str, at: int, breaks: re.Pattern[str], low: int = 0) -> re.Match[str] | None:
    """The last of ``breaks`` in ``text[low:at]``, or None: the break that opens the clause
    holding ``at`` (its start is where the clause before ends)."""
    matches = list(breaks.finditer(text, low, at))
    return matches[-1] if matches else None


def clause_start(text: str, at: int, breaks: re.Pattern[str], low: int = 0) -> int:
    """Where the clause of ``text`` holding ``at`` begins: just after the last of ``breaks`` in
    ``text[low:at]``, else ``low``."""
    opened = last_break(text, at, breaks, low)
    return opened.end() if opened else low


def clause_end(text: str, at: int, breaks: re.Pattern[str]) -> int:
    """Where the clause of ``text`` holding ``at`` ends: at the first of ``breaks`` from ``at``
    on, else at the end of ``text``."""
    match = breaks.search(text, at)
    return match.start() if match else len(text)


def clause_around(text: str, start: int, end: int, breaks: re.Pattern[str]) -> tuple[int, int]:
    """Where the clause of ``text`` around ``text[start:end]`` begins and ends, cut by
    ``breaks`` (:func:`clause_start` before ``start``, :func:`clause_end` from ``end``)."""
    return clause_start(text, start, breaks), clause_end(text, end, breaks)


def clause_text(text: str, start: int, end: int, breaks: re.Pattern[str]) -> str:
    """The words of the clause of ``text`` around ``text[start:end]`` (:func:`clause_around`)."""
    low, high = clause_around(text, start, end, breaks)
    return text[low:high]


def pieces(text: str, breaks: re.Pattern[str], with_break: bool = False) -> list[tuple[int, int]]:
    """The [start, end) spans of ``text`` between its ``breaks``, in order: each piece ends
    where a break starts, or, ``with_break``, where it ends (the break closes its piece). The
    piece after the last break runs to the text's end; it is left out when empty, since an
    empty piece says nothing."""
    spans, begins = [], 0
    for match in breaks.finditer(text):
        spans.append((begins, match.end() if with_break else match.start()))
        begins = match.end()
    if begins < len(text):
        spans.append((begins, len(text)))
    return spans


__all__ = ["clause_around", "clause_end", "clause_start", "clause_text", "last_break", "pieces"]
