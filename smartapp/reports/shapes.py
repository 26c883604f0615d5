"""Table rows written from their template's shape, without a Jinja render on each use (issue 19,
thirteenth pass).

A row template that only writes values into fixed markup is rendered once per process with a
marker in place of each value, and the markup between the markers is kept: a row is then that
markup with its values put back in, each through ``markupsafe.escape`` -- what autoescaping does
to a value written with ``{{ … }}``. A marker is a true value, so the marker row takes every
branch a true value takes; a row whose values take another one (``branch``: the row -> the
fields whose value turns a condition off, with those values; empty for the markers' own branch)
is written from that branch's shape, made with those values in the marker row.

The first row of each branch is also rendered by the template and compared: a template that
does more to a value than escape it (a filter, a test on another value) gives other text, and
then that branch is written by the template on every use. A template object Jinja loads again
(auto-reload, in debug) is shaped again.
"""

from __future__ import annotations

import operator
import re
import threading
from collections.abc import Callable, Sequence
from typing import Any

from markupsafe import escape

_MARKER = re.compile("\x00([0-9]+)\x00")
_lock = threading.Lock()


class RowShape:
    """Writes rows of ``template`` (a Jinja template, or a callable giving it: the app's
    environment loads it) as ``render(template, row)`` would, from the shape of each branch."""

    def __init__(self, fields: Sequence[str], render: Callable[[Any, Any], str],
                 branch: Callable[[Any], tuple[tuple[str, Any], ...]],
                 make: Callable[..., Any]):  # fmt: skip
        self.fields, self.render, self.branch, self.make = tuple(fields), render, branch, make
        #: (id of the template, branch) -> (template, parts or None: the template writes it)
        self._shapes: dict[tuple[int, Any], tuple[Any, tuple[str, Any] | None]] = {}

    def _shape(self, template: Any, chosen: tuple[tuple[str, Any], ...]) -> tuple[str, Any]:
        """The branch's markup as a format string with a slot for each value it writes, and what
        reads those values from a row, in slot order."""
        values = {name: f"\x00{n}\x00" for n, name in enumerate(self.fields)}
        values.update(chosen)
        pieces = _MARKER.split(self.render(template, self.make(**values)))
        text = "".join(piece.replace("{", "{{").replace("}", "}}") if n % 2 == 0 else "{}"
                       for n, piece in enumerate(pieces))  # fmt: skip
        used = [self.fields[int(piece)] for piece in pieces[1::2]]
        # attrgetter of one name gives the value, not a 1-tuple
        read = operator.attrgetter(*used) if len(used) > 1 else lambda row: (getattr(row, *used),)
        return text, read if used else (lambda row: ())

    def write(self, template: Any, row: Any) -> str:
        """``row`` as ``render(template, row)`` writes it."""
        chosen = self.branch(row)
        key = (id(template), chosen)
        found = self._shapes.get(key)
        if found is None or found[0] is not template:
            shape = self._shape(template, chosen)
            written = self._fill(shape, row)
            # Checked against the template once: what it does to a value must be escape().
            ok = written == self.render(template, row)
            with _lock:
                self._shapes[key] = (template, shape if ok else None)
            return written if ok else self.render(template, row)
        shape = found[1]
        return self.render(template, row) if shape is None else self._fill(shape, row)

    @staticmethod
    def _fill(shape: tuple[str, Any], row: Any) -> str:
        text, read = shape
        return text.format(*map(escape, read(row)))
