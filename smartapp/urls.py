"""``url_for`` for pages with many links: each link shape is built by Flask once per process.

A request page links every report version, every item's override form, the print and export
views; the worklist and the header link a dozen pages. Flask's ``url_for`` costs ~20 µs a link
(URL map lookup, converters, quoting), a tenth of a page's whole budget. The URL of an endpoint
with integer values (ids) is the same string with other digits, so it is built once with marker
numbers in place of the ids and reused, as ``reports.views.request_href`` already did for the
worklist's rows; a text value (``kind='pdf'``, a static file's name) is part of the shape's
key. Anything else -- a negative number, ``_external``, ``_anchor`` and the like, no request at
hand -- goes to Flask's own ``url_for`` every time.

A link is then its shape's format string filled with its numbers, and the shape's key is built
in one pass over the values (issue 19, thirteenth pass: a request page builds a dozen links,
and the key's comprehensions, sort and proxy lookups cost more than the filling in).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask
from flask import url_for as flask_url_for

from .context import request_or_none

#: Marker ids, one per integer value of a call; unlikely in any URL and all the same length.
MARKER = 9_876_543_200
#: Text values are part of the key (``kind='pdf'``, a static file name): past this many shapes
#: the cache starts again, so EHR-supplied text in a link cannot grow it without bound.
MAX_SHAPES = 2048
_shapes: dict[tuple[Any, ...], tuple[str, list[str]] | None] = {}


def url_for(endpoint: str, **values: Any) -> str:
    """Flask's ``url_for``, built once per link shape (see the module docstring)."""
    req = request_or_none()  # without werkzeug's proxy (smartapp.context)
    if req is None:
        return flask_url_for(endpoint, **values)
    # A relative endpoint (".request_page") names one in the current request's blueprint.
    key: list[Any] = [req.script_root, req.blueprint if endpoint[:1] == "." else None, endpoint]
    for name, value in values.items():
        kind = type(value)
        if kind is int and value >= 0 and name[:1] != "_":
            key.append(name)  # a number: its marker's place in the shape
        elif kind is str and name[:1] != "_":
            key.append((name, value))  # a text: part of the shape
        else:
            return flask_url_for(endpoint, **values)
    found = _shapes.get(shape_key := tuple(key), False)
    if found is False:
        found = _shape(endpoint, values, [name for name in key[3:] if type(name) is str])
        if len(_shapes) >= MAX_SHAPES:
            _shapes.clear()
        _shapes[shape_key] = found
    if found is None:
        return flask_url_for(endpoint, **values)
    text, order = found
    return text.format(*[values[name] for name in order]) if order else text


def _shape(endpoint: str, values: dict[str, Any], numbers: list[str]) -> Any:
    """The URL as a format string with a slot for each number, and which value goes in each
    slot; None when a marker does not appear exactly once (then the shape is not cached and
    Flask builds every link)."""
    markers = {name: str(MARKER + n) for n, name in enumerate(numbers)}
    built = flask_url_for(endpoint, **{**values, **{n: int(m) for n, m in markers.items()}})
    found = sorted((built.find(marker), name) for name, marker in markers.items())
    if any(built.count(marker) != 1 for marker in markers.values()):
        return None
    parts, order, start = [], [], 0
    for at, name in found:
        parts.append(built[start:at])
        order.append(name)
        start = at + len(markers[name])
    parts.append(built[start:])
    if not order:
        return built, order
    return "{}".join(part.replace("{", "{{").replace("}", "}}") for part in parts), order


def request_href(request_id: int) -> str:
    """A tracked request's page: the worklist's rows and the audit trail's link to it."""
    return url_for("reports.request_page", request_id=int(request_id))


def request_hrefs() -> Callable[[int], str]:
    """:func:`request_href` for a table of rows (an audit trail): the link built once, each id
    put in its place (~20 µs a link saved, 20 to 200 links a page)."""
    head, _, tail = request_href(MARKER).partition(str(MARKER))
    return lambda request_id: f"{head}{int(request_id)}{tail}"


def init_app(app: Flask) -> None:
    """Templates build links with this ``url_for`` (and ``request_href``)."""
    app.jinja_env.globals["url_for"] = url_for
    app.jinja_env.globals["request_href"] = request_href
