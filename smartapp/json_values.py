"""Small JSON column values decoded once per worker (issue 19, fourteenth pass).

A request page reads its latest 21 audit events, each with a JSON ``detail`` that is nearly
always one of a few short texts (``{"report": 12}`` for every view of version 12): decoding them
through SQLAlchemy's JSON result processor cost ~3.5 µs each, ~3 % of the page. A worker keeps
the decoded value of each short text that decodes to a flat object (every value a string,
number, flag or null) and gives each read its own copy (``dict(kept)``, ~0.3 µs): the same
value, never an object another request holds, so a caller may change what it got. Anything
else -- a longer text, a list, a nested object, a value that is no text -- goes to the
processor as before.

On PostgreSQL, psycopg decodes ``json`` columns itself, before SQLAlchemy's processor (and
:func:`kept_decoding`) sees them: :func:`kept_loads` is the engine's ``json_deserializer`` there,
which SQLAlchemy hands to psycopg's loader, with the same rule (a fresh copy of a kept flat
object). Measured in one process on bench/pages.py's seeded PostgreSQL database: the request
page's JSON decoding was ~5 % of its CPU against ~1 % on SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

#: Texts longer than this are decoded every time (a report, a packet: rarely the same twice).
MAX_TEXT = 256
#: Distinct texts kept per worker (~0.3 KB each); past this the store starts again.
MAX_KEPT = 4096
_FLAT = (str, int, float, bool, type(None))
_kept: dict[tuple[Callable[[Any], Any], Any], dict[str, Any]] = {}


def kept_decoding(processor: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``processor`` (a JSON column's result processor), with flat short objects kept."""

    def decode(value: Any) -> Any:
        if type(value) is not str or len(value) > MAX_TEXT:
            return processor(value)
        return _kept_or_decoded((processor, value), processor, value)

    return decode


def kept_loads(data: bytes | str) -> Any:
    """``json.loads`` of ``data`` (psycopg passes the column's bytes), flat short objects kept."""
    if len(data) > MAX_TEXT:
        return json.loads(data)
    return _kept_or_decoded((json.loads, data), json.loads, data)


def _kept_or_decoded(key: tuple[Callable[[Any], Any], Any], decoder: Callable[[Any], Any],
                     value: Any) -> Any:  # fmt: skip
    found = _kept.get(key)
    if found is not None:
        return dict(found)
    decoded = decoder(value)
    if type(decoded) is dict and all(type(item) in _FLAT for item in decoded.values()):
        if len(_kept) >= MAX_KEPT:
            _kept.clear()
        _kept[key] = dict(decoded)
    return decoded
