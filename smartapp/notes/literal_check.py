"""A pattern's literal pre-check, for the fixed patterns the note readers run on every statement
(issue 19): a text without one string of each of the pattern's necessary sets cannot hold a match,
so the search is not run on it.

The sets are :func:`~smartapp.notes.prefilter.required_literals`' (read off the pattern's parse
tree: only text every match must contain), looked for in :func:`~smartapp.notes.prefilter.folded`
text as the ``{regex: ...}`` targets' gate looks for its literals; so a skipped search is one that
would have found nothing, and what the readers find is unchanged by construction. Most statements
name no payer's criteria and retract nothing, yet the patterns that find those (long alternations
with bounded gaps) cost a scan of every statement -- with a window of the note before it, for a
pasted criteria label -- where a substring test costs a fraction of it.
"""

from __future__ import annotations

import re
from functools import cached_property

from .prefilter import Strings, folded, required_literals


class LiteralCheck:
    """Whether a text may hold a match of ``pattern`` (the sets are worked out at first use, so
    a command that reads no note does not pay for them)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    @cached_property
    def needs(self) -> list[Strings]:
        return required_literals(self.pattern.pattern, self.pattern.flags)

    def may_match(self, text: str) -> bool:
        """False only when no match of the pattern can lie in ``text``."""
        if not self.needs:
            return True
        low = _folded(text)
        return all(any(string in low for string in need) for need in self.needs)


#: (text, its folded form) last checked: a statement is checked for several patterns in turn.
_last: tuple[str, str] = ("", "")


def _folded(text: str) -> str:
    global _last
    last = _last  # one read: another thread may replace it meanwhile
    if last[0] is not text:
        last = _last = (text, folded(text))
    return last[1]
