"""Regular expressions compiled at their first use, not when their module is imported (issue 19).

A cold ``smartapp score`` imports some 280 of the project's modules, which between them compiled
~800 patterns as they were imported: about half of the import's CPU time (~0.26 of ~0.6 s), though
scoring one bundle with notes uses about a quarter of them, fifty bundles about half. A module
writes ``NAME = lazy_re.compile(...)`` instead of ``re.compile(...)`` for a pattern it keeps:
the pattern is compiled the first time one of its methods or attributes other than ``pattern``
is read. ``NAME.pattern`` is the source as given, so patterns built from others' sources
(``lazy_re.compile(rf"{OTHER.pattern}...")``) compile nothing on the way.

The stand-in is not a :class:`re.Pattern`: call its methods (``NAME.split(text)``); the module
functions (``re.split(NAME, text)``) accept only a string or a compiled pattern.
"""

from __future__ import annotations

import re
from typing import Any, cast

from . import pattern_store

#: What the stand-in takes from the compiled pattern at its first use: every public attribute
#: (``search``, ``sub``, ``flags``, ``groupindex``, ...) but the source it already holds.
_TAKEN = tuple(name for name in dir(re.Pattern) if not name.startswith("_") and name != "pattern")


#: Every kept pattern made so far: what the install step compiles ahead (pattern_store).
KEPT: list[LazyPattern] = []


class LazyPattern:
    """``re.compile(pattern, flags)``, done when anything but ``pattern`` is first read."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        KEPT.append(self)

    def __getattr__(self, name: str) -> Any:
        # Python calls this only for an attribute the instance does not hold: the first use.
        # The compiled pattern's attributes are then kept on the instance, so every later read
        # is a plain instance attribute and costs what reading the compiled pattern's does.
        if name.startswith("_"):
            raise AttributeError(name)
        # From the code the install step stored, when it holds this pattern (pattern_store).
        compiled = pattern_store.compile(self.pattern, self._flags)
        for attribute in _TAKEN:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled at its first use. Typed as the pattern it stands for: every use the
    project makes of a kept pattern (its methods and attributes) works on it alike."""
    return cast(re.Pattern[str], LazyPattern(pattern, flags))
