"""``url_for`` for pages with many links: each link shape is built by Flask once per process.

A request page links every report version, every item's override form, the print and export
views; the worklist and the header link a dozen pages. Flask's ``url_for`` costs ~20 µs a link
(URL map lookup, converters, quoting), a tenth of a page's whole budget. The URL of an endpoint
with integer values (ids) is the same string with other digits, so it is built once with marker
numbers in place of the ids and reused, as ``reports.views.request_href`` already did for the
worklist's rows. Anything else -- a text value, ``_external``, ``_anchor`` and the like, no
request at hand -- goes to Flask's own ``url_for`` every time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Flask, has_request_context, request
from flask import url_for as flask_url_for

#: Marker ids, one per integer value of a call; unlikely in any URL and all the same length.
MARKER = 9_876_543_200
#: Text values are part of the key (``kind='pdf'``, a static file name): past this many shapes
#: the cache starts again, so EHR-supplied text in a link cannot grow it without bound.
MAX_SHAPES = 2048
_shapes: dict[tuple[Any, ...], tuple[list[str], list[str]] | None] = {}


def url_for(endpoint: str, **values: Any) -> str:
    """Flask's ``url_for``, built once per link shape (see the module docstring)."""
    if not has_request_context() or any(name[:1] == "_" for name in values):
        return flask_url_for(endpoint, **values)
    numbers = [name for name, value in values.items() if type(value) is int and value >= 0]
    texts = tuple(sorted((n, v) for n, v in values.items() if n not in numbers and
                         type(v) is str))  # fmt: skip
    if len(numbers) + len(texts) != len(values):
        return flask_url_for(endpoint, **values)
    # A relative endpoint (".request_page") names one in the current request's blueprint.
    where = request.blueprint if endpoint[:1] == "." else None
    key = (request.script_root, where, endpoint, tuple(numbers), texts)
    shape = _shapes.get(key, False)
    if shape is False:
        shape = _shape(endpoint, values, numbers)
        if len(_shapes) >= MAX_SHAPES:
            _shapes.clear()
        _shapes[key] = shape
    if shape is None:
        return flask_url_for(endpoint, **values)
    parts, order = shape
    pieces = [parts[0]]
    for name, part in zip(order, parts[1:], strict=True):
        pieces.append(str(values[name]))
        pieces.append(part)
    return "".join(pieces)


def _shape(endpoint: str, values: dict[str, Any], numbers: list[str]) -> Any:
    """The URL split at each marker, and which value goes where; None when a marker does not
    appear exactly once (then the shape is not cached and Flask builds every link)."""
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
    return parts, order


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
