"""A tracked request's page and the worklist kept per worker by what they show (issue 19,
stop 46).

Rendering ``reports/request.html`` was a fifth of a request page's CPU, and most views of a
request show what the last one showed: the same request, version, lists and people. Only three
parts change from view to view whatever else stays: the audit rows (every view adds one, rendered
and kept per row by fragments.audit_table), the item cards (kept per version by cards.report_items)
and the session's CSRF token. So the page is rendered once with a slot for each of them, kept
(:data:`MAX_PAGES` a worker, ~7 KB each), and the three are put in on every view.

The key is the content, never a time: every value the page's rows hold, as read this request
(:func:`page_key`: the request and its version as rows, its versions, comments, override rows,
attestations, packets, how many events it lists, the viewer's header, role and rights, the day
the appeal clocks count from). A change to any of them, written by this worker or another, is a
new key, never a stale page. The version's report, could-not-check list and record references
(JSON columns written once when the version is saved, never updated) are in the key by the
version's id; what the page works out from them -- the report as overrides leave it, its
readiness -- is a function of those and of the override rows, which are in the key.

The worklist is kept the same way around its rows (kept per row by fragments.worklist_rows)
and its CSRF token (:func:`worklist_key`: the query asked, the filter as read, the pickers'
choices, the count). Both go through :func:`kept_render`.

The people a page names by name are checked rather than keyed: the render records each name it
showed (``person``, the header's too), and a kept page is used only when every one of them reads
the same this request. A page with flashed messages or an override form's error is rendered
afresh every time.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

from flask import g, render_template, request
from markupsafe import Markup

from .. import lazy_re
from ..bounded import BoundedStore
from ..context import request_g, request_session
from ..csrf_token import csrf_token
from ..identity import nav_context
from ..people import person
from .fragments import CSRF_SLOT, app_key

#: Pages kept per worker: a request page without its cards and audit rows is ~7 KB of UTF-8,
#: a worklist page without its rows ~6 KB (~7 MB in all).
MAX_PAGES = 1024
_pages: BoundedStore[tuple[Any, ...], tuple[tuple[Any, ...], tuple[Any, ...]]] = BoundedStore(
    MAX_PAGES
)
#: Where a slot's value and the CSRF token go back in (fragments.CSRF_SLOT: "\x00csrf\x00").
_SLOT = lazy_re.compile("(\x00(?:slot:[a-z_]+|csrf)\x00)")
#: A version's columns written once, when it is saved: in the key by the version's id.
WRITTEN_ONCE = frozenset({"report", "could_not_check", "record_refs"})


def _canon(row: Any) -> tuple[Any, ...]:
    """A row's values as a key: a JSON value (a dict or list) as canonical JSON text."""
    return tuple(json.dumps(value, sort_keys=True, default=str)
                 if isinstance(value, dict | list) else value for value in row)  # fmt: skip


def _rows(rows: Any) -> tuple[Any, ...]:
    """Rows as a key: as they are (named tuples of plain values hash and compare by value),
    else with their JSON values as text (:func:`_canon`)."""
    rows = tuple(rows)
    try:
        hash(rows)
    except TypeError:
        return tuple(map(_canon, rows))
    return rows


@functools.cache
def _shown_fields(fields: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(n for n, name in enumerate(fields) if name not in WRITTEN_ONCE)


def keepable() -> bool:
    """Whether this view's page may be kept: not with flashed messages (shown once)."""
    return not request_session().get("_flashes")  # without its proxy (smartapp.context)


def page_key(tracked: Any, saved: Any, lists: dict[str, list], *, more_events: int,
             panel: Any, appeal: dict[str, Any], role: str,
             can_write_back: bool) -> tuple[Any, ...] | None:  # fmt: skip
    """Everything the request page shows but its audit rows, item cards and CSRF token (see
    the module docstring), or None when the page is not to be kept (flashed messages, an
    override form's error)."""
    if request_g().get("override_error") or not keepable():
        return None
    from ..appeals.web.clocks import today  # late: the appeals pages import this module's users

    nav = nav_context()["nav"]
    version = tuple(saved[n] for n in _shown_fields(saved._fields))
    # Times compare by their instant: the zone they are shown in is part of the key too.
    return (
        *app_key(), tuple(sorted(nav.items())), role, can_write_back, today(),
        saved.created_at.tzinfo, appeal["chart_open"], _rows(appeal["packets"]),
        _rows((tracked,)), _rows((version,)), _rows(lists["versions"]),
        _rows(lists["comments"]), more_events, _rows(panel.scope.rows),
        _rows(lists["attestations"]), panel.editable, panel.me,
    )  # fmt: skip


def worklist_key(launch: Any, spec: Any, facets: dict[str, list[str]],
                 total: int) -> tuple[Any, ...] | None:  # fmt: skip
    """Everything the worklist page shows but its rows and CSRF token: the viewer's header,
    the query it was asked with (the filter, its paging and dashboard links), the filter as
    read, the pickers' choices, the count, whether this EHR can run a population check; None
    with flashed messages."""
    if not keepable():
        return None
    from ..population.views import population_server  # late: population imports the reports

    nav = nav_context()["nav"]
    chosen = tuple((name, tuple(value) if isinstance(value, list) else value)
                   for name, value in vars(spec).items())  # fmt: skip
    return (
        *app_key(), tuple(sorted(nav.items())), request.path,
        tuple(request.args.items(multi=True)), chosen,
        tuple((name, tuple(values)) for name, values in sorted(facets.items())), total,
        population_server(launch) is not None,
    )  # fmt: skip


def kept_render(template: str, key: tuple[Any, ...] | None,
                context: dict[str, Any] | Callable[[], dict[str, Any]],
                slots: dict[str, Any]) -> str | bytes:  # fmt: skip
    """``template`` rendered with ``context`` (or what it gives, asked only to render: a kept
    page needs none of it) and ``slots`` (context names whose values change from view to view,
    put in on every use: Markup, or what has its ``__html__``, ``encode`` and truth, as
    cards.Filled), kept by ``key`` (None: rendered, not kept): the key must hold
    everything else the page shows; the people it names are checked (see the module
    docstring). Whether each slot is empty is part of the key (a template may test it).
    A kept page is held, and sent, as its UTF-8 bytes (Flask would encode the text anyway).
    """
    made = context if callable(context) else lambda: context
    if key is None:
        return render_template(template, **made(), **slots)
    token = csrf_token()
    key = (template, key, tuple(bool(value) for value in slots.values()))
    kept = _pages.get(key)
    if kept is not None and all(person(*asked) == name for asked, name in kept[1]):
        return _filled(kept[0], slots, token)
    labels = g.pop("people_labels", {})
    g.people_labels = {}  # the names this render shows, recorded as person() works them out
    try:
        marks = {name: _mark(name) if value else value for name, value in slots.items()}
        html = render_template(template, **made(), **marks)
    finally:
        shown, g.people_labels = g.people_labels, {**labels, **g.people_labels}
    parts = tuple(part.encode() if n % 2 == 0 else part
                  for n, part in enumerate(_SLOT.split(html.replace(token, CSRF_SLOT))))
    _pages.put(key, (parts, tuple(shown.items())))
    return _filled(parts, slots, token)


def _mark(name: str) -> Markup:
    return Markup(f"\x00slot:{name}\x00")  # noqa: S704 - a context name: nothing to escape


def _filled(parts: tuple[Any, ...], slots: dict[str, Any], token: str) -> bytes:
    """The kept page with its slots filled, as UTF-8 (``parts``: bytes, slot, bytes, ...)."""
    values = {f"\x00slot:{name}\x00": value.encode() for name, value in slots.items()}
    values[CSRF_SLOT] = token.encode()
    return b"".join([part if n % 2 == 0 else values[part] for n, part in enumerate(parts)])
