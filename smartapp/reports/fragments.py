"""Rendered page parts kept between requests, for what does not change from one view to the next.

A saved report version never changes: its items, evidence and the forms under them render the
same for everyone who opens it, until someone adds or withdraws an override (or a person's name
changes). Rendering those item cards is about half of a request page's work, so the rendered
HTML is kept per worker, keyed by everything it shows: the version, its override rows (their
ids and withdrawal), the names of the people they name, whether the viewer may edit and who the
viewer is when that shows (the "withdraw my override" button). The forms' CSRF token, different
in each session, is put back in on every use. A page re-shown with an override form's error
(``g.override_error``) is rendered afresh.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from flask import current_app, g, render_template, request
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup

from ..people import person

#: Report versions kept per worker (a rendered report is ~20-60 KB).
MAX_KEPT = 128
#: Where the session's CSRF token goes back in (a placeholder, not a secret).
_TOKEN = "\x00csrf\x00"  # noqa: S105
_kept: OrderedDict[tuple[Any, ...], str] = OrderedDict()
_lock = threading.Lock()  # gthread workers serve several requests at once


def _key(saved_id: int, panel: Any) -> tuple[Any, ...]:
    rows = panel.scope.rows
    shown = tuple((row.id, row.withdrawn_at, person(row.actor, row.role),
                   person(row.withdrawn_by)) for row in rows)  # fmt: skip
    # The app and its database too: a test process builds many apps, each with its own ids.
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    where = (id(app), app.config["DATABASE_URL"], request.script_root)
    return (*where, saved_id, panel.editable, panel.me if rows else "", shown)


def report_items(saved_id: int, **context: Any) -> Markup:
    """``checks/_report.html`` for a saved version with ``context`` (arranged, present, links,
    overrides), rendered once per distinct content and kept (see the module docstring)."""
    panel = context.get("overrides")
    if panel is None or g.get("override_error"):
        return Markup(render_template("checks/_report.html", **context))  # noqa: S704 - our template
    token = generate_csrf()
    key = _key(saved_id, panel)
    with _lock:
        html = _kept.get(key)
        if html is not None:
            _kept.move_to_end(key)
    if html is None:
        html = render_template("checks/_report.html", **context).replace(token, _TOKEN)
        with _lock:
            _kept[key] = html
            if len(_kept) > MAX_KEPT:
                _kept.popitem(last=False)
    return Markup(html.replace(_TOKEN, token))  # noqa: S704 - rendered by our template
