"""A tracked request's page kept per worker by what it shows (issue 19, stop 46).

Rendering ``reports/request.html`` was a fifth of a request page's CPU, and most views of a
request show what the last one showed: the same request, version, lists and people. Only three
parts change from view to view whatever else stays: the audit rows (every view adds one, rendered
and kept per row by fragments.audit_table), the item cards (kept per version by cards.report_items)
and the session's CSRF token. So the page is rendered once with a slot for each of them, kept
(:data:`MAX_PAGES` a worker, ~4 KB each), and the three are put in on every view.

The key is the content, never a time: every value the page's rows hold, as read this request
(:func:`page_key`: the request and its version as rows, its versions, comments, override rows,
attestations, packets, how many events it lists, the viewer's header, role and rights, the day
the appeal clocks count from). A change to any of them, written by this worker or another, is a
new key, never a stale page. The version's report, could-not-check list and record references
(JSON columns written once when the version is saved, never updated) are in the key by the
version's id; what the page works out from them -- the report as overrides leave it, its
readiness -- is a function of those and of the override rows, which are in the key.

The people a page names by name are checked rather than keyed: the render records each name it
showed (``person``, the header's too), and a kept page is used only when every one of them reads
the same this request. A page with flashed messages or an override form's error is rendered
afresh every time.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from flask import g, render_template, session
from markupsafe import Markup

from ..bounded import BoundedStore
from ..csrf_token import csrf_token
from ..identity import nav_context
from ..people import person
from .fragments import CSRF_SLOT, app_key

#: Request pages kept per worker (~4 KB each without their cards and audit rows).
MAX_PAGES = 2048
_pages: BoundedStore[tuple[Any, ...], tuple[tuple[str, ...], tuple[Any, ...]]] = BoundedStore(
    MAX_PAGES
)
_CARDS, _ROWS = "\x00cards\x00", "\x00rows\x00"
#: The slots as the template writes them (constants: nothing to escape).
_CARDS_MARK, _ROWS_MARK = Markup(_CARDS), Markup(_ROWS)  # noqa: S704
_SLOTS = re.compile("(\x00(?:cards|rows|csrf)\x00)")
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


def page_key(tracked: Any, saved: Any, lists: dict[str, list], *, more_events: int,
             has_rows: bool, panel: Any, appeal: dict[str, Any], role: str,
             can_write_back: bool) -> tuple[Any, ...] | None:  # fmt: skip
    """Everything the request page shows but its audit rows, item cards and CSRF token (see
    the module docstring), or None when the page is not to be kept (flashed messages, an
    override form's error)."""
    if g.get("override_error") or session.get("_flashes"):
        return None
    from ..appeals.web.clocks import today  # late: the appeals pages import this module's users

    nav = nav_context()["nav"]
    version = tuple(saved[n] for n in _shown_fields(saved._fields))
    # Times compare by their instant: the zone they are shown in is part of the key too.
    return (
        *app_key(), tuple(sorted(nav.items())), role, can_write_back, today(),
        saved.created_at.tzinfo, appeal["chart_open"], _rows(appeal["packets"]),
        _rows((tracked,)), _rows((version,)), _rows(lists["versions"]),
        _rows(lists["comments"]), more_events, has_rows, _rows(panel.scope.rows),
        _rows(lists["attestations"]), panel.editable, panel.me,
    )  # fmt: skip


def request_page(key: tuple[Any, ...] | None, context: dict[str, Any], cards: Markup,
                 rows: Markup) -> str:  # fmt: skip
    """``reports/request.html`` with ``context``, its item cards ``cards`` and audit rows
    ``rows``: kept by ``key`` (:func:`page_key`; None: rendered, not kept)."""
    if key is None:
        return render_template("reports/request.html", **context, report_items=cards,
                               audit_rows=rows)  # fmt: skip
    token = csrf_token()
    kept = _pages.get(key)
    if kept is not None and all(person(*asked) == name for asked, name in kept[1]):
        return _filled(kept[0], cards, rows, token)
    labels = g.pop("people_labels", {})
    g.people_labels = {}  # the names this render shows, recorded as person() works them out
    try:
        html = render_template("reports/request.html", **context, report_items=_CARDS_MARK,
                               audit_rows=_ROWS_MARK if rows else rows)  # fmt: skip
    finally:
        shown, g.people_labels = g.people_labels, {**labels, **g.people_labels}
    parts = tuple(_SLOTS.split(html.replace(token, CSRF_SLOT)))
    _pages.put(key, (parts, tuple(shown.items())))
    return _filled(parts, cards, rows, token)


def _filled(parts: tuple[str, ...], cards: Markup, rows: Markup, token: str) -> str:
    """The kept page's text with its slots filled (``parts``: text, slot, text, ...)."""
    values = {_CARDS: cards, _ROWS: rows, CSRF_SLOT: token}
    return "".join([part if n % 2 == 0 else values[part] for n, part in enumerate(parts)])


def forget() -> None:
    """Drop the kept pages (as a restarted worker would)."""
    _pages.clear()
