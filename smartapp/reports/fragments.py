"""Rendered page parts kept between requests, for what does not change from one view to the next.

A saved report version's item cards are kept the same way, in this worker and in the database
for every worker (smartapp.reports.cards, smartapp.reports.rendered).

The worklist's and dashboard's filter form is kept the same way, keyed by what it shows: the
filter values, the pickers' choices (topics, services, assignees in use) and the assignees'
names -- the same dozen views come back again and again, and the form is a fifth of a worklist
page's rendering.

A worklist row is kept the same way (:func:`worklist_rows`), keyed by the values it shows: the
request's listed columns as read (the update time by its instant and its zone, which fix the
text it prints; the denial as its JSON text), the assignee's name as shown, the incomplete row's
reasons and the link around the id -- the key is the content, so a row whose data changed, in
this process or any other, is a new key, never a stale row. A denied row's deadline cell is
worked out from its recorded denial on today's date, so a denied row's key also holds the day.

The page header every page shows (``_header.html``: the navigation, the viewer's name, the
sign-out form) is kept the same way (:func:`page_header`), keyed by what it shows: who is
signed in, their role, whether a patient is launched, and the viewer's name as shown. So is
an audit table's row (:func:`audit_table`), keyed by every value it shows, all worked out
afresh on each view (names and sentences included): only the writing of the row is kept.
A row not kept yet is most often one like a kept one but for its time (every view of a request
page adds its viewer's event, which the next view lists): so each row is also kept without its
time, by every other value it shows, with a place for each of the time's two texts, and a new
row of a known shape is that form with its time put in (issue 19, stop 55: rendering the one
new row was ~4 % of a request page view).
"""

from __future__ import annotations

import json
from typing import Any

from flask import current_app, has_request_context
from markupsafe import Markup, escape

from .. import row_render
from ..bounded import BoundedStore
from ..context import request_app, request_object
from ..csrf_token import csrf_token
from ..people import person

#: Filter forms kept per worker (~6 KB each).
MAX_FORMS = 256
#: Worklist rows kept per worker (~1.2 KB each: a few pages of a few thousand requests).
MAX_ROWS = 4096
#: Where the session's CSRF token goes back in (a placeholder, not a secret).
CSRF_SLOT = "\x00csrf\x00"
_forms: BoundedStore[tuple[Any, ...], str] = BoundedStore(MAX_FORMS)
_rows: BoundedStore[tuple[Any, ...], str] = BoundedStore(MAX_ROWS)
#: Page headers kept per worker (~1.3 KB each: one per signed-in person and role).
MAX_HEADERS = 1024
_headers: BoundedStore[tuple[Any, ...], str] = BoundedStore(MAX_HEADERS)
#: Audit table rows kept per worker (~0.4 KB each, ~7 MB in all): a request page shows its latest
#: 20 events, so 4,096 rows held only ~200 requests' trails and a worklist of 500 requests opened
#: in any order rendered most rows again (issue 19, eleventh pass).
MAX_EVENTS = 16384
_events: BoundedStore[tuple[Any, ...], str] = BoundedStore(MAX_EVENTS)
#: Audit rows kept without their time (the same shapes, fewer: one per viewer and request for
#: the views): the text before, between and after the time's two places.
_event_forms: BoundedStore[tuple[Any, ...], tuple[str, str, str]] = BoundedStore(MAX_EVENTS)
#: Where an audit row's time goes back in: the ISO text, then the shown text.
_AT_ISO, _AT_TEXT = "\x00at-iso\x00", "\x00at-text\x00"
#: What ends each row of ``reports/_event_rows.html``: markup no autoescaped value can hold.
_ROW_END = Markup("<!-- end of row -->")


def app_key() -> tuple[Any, ...]:
    """The app and its database: a test process builds many apps, each with its own ids."""
    app = request_app()  # the proxies' objects, read without them (smartapp.context)
    return (id(app), app.config["DATABASE_URL"], request_object().script_root)


def page_header(nav: Any) -> Markup:
    """``_header.html`` for the header context (smartapp.identity.nav_context), rendered once
    per distinct content and kept (see the module docstring); the sign-out form's CSRF token is
    put back in on every use."""
    nav = nav if isinstance(nav, dict) else {"launched": False}
    template = current_app.jinja_env.get_template("_header.html")
    if not has_request_context():
        return Markup(template.render(nav=nav))  # noqa: S704 - our template (autoescaped)
    launched = bool(nav.get("launched"))
    user, role = nav.get("user"), nav.get("role")
    key = (*app_key(), launched, bool(nav.get("has_patient")), role, user,
           person(user, role) if launched else "")  # fmt: skip
    html = _headers.get(key)
    if html is None:
        html = template.render(nav=nav)
        if launched:
            html = html.replace(csrf_token(), CSRF_SLOT)
        _headers.put(key, html)
    # The token is asked for on every page, as the template did: the first ask puts the CSRF
    # secret in the cookie session.
    return Markup(html.replace(CSRF_SLOT, csrf_token()) if launched else html)  # noqa: S704


def audit_table(events: list[Any], link: Any) -> Markup:
    """An audit table's rows (``reports/_event_rows.html``), each rendered once per distinct
    content and kept (see the module docstring), joined. ``events``: audit events (objects or
    rows); ``link``: request id -> its page's URL (urls.request_hrefs)."""
    from .audit_words import audit_cells, audit_row  # late: audit_words imports the models

    where = app_key()
    cells = audit_cells(events, link)
    # The time by its value and its zone: the same of both is the same text.
    keys = [(*where, shown[0].tzinfo, *shown) for shown in cells]
    found = _events.get_many(keys)
    new = [n for n, html in enumerate(found) if html is None]
    if new:
        # Rows not kept: their form without the time, rendered if not kept either.
        shapes = [(*where, *cells[n][1:]) for n in new]
        forms = _event_forms.get_many(shapes)
        missing = [n for n, form in zip(new, forms, strict=True) if form is None]
        if missing:
            made = _event_rows([audit_row(cells[n], at=(_AT_ISO, _AT_TEXT)) for n in missing])
            for n, row in zip(missing, made, strict=True):
                form = _time_form(row)
                if form is None:  # a place not found exactly once: this row as it is, alone
                    found[n] = html = _event_rows([audit_row(cells[n])])[0]
                    _events.put(keys[n], html)
                    continue
                _event_forms.put(shapes[new.index(n)], form)
                forms[new.index(n)] = form
        for n, form in zip(new, forms, strict=True):
            if found[n] is None:
                row = audit_row(cells[n])
                found[n] = html = (f"{form[0]}{escape(row.at_iso)}{form[1]}"
                                   f"{escape(row.at_text)}{form[2]}")  # fmt: skip
                _events.put(keys[n], html)
    return Markup("".join(found))  # noqa: S704 - rendered by our template (autoescaped)


def _event_rows(rows: list[Any]) -> list[str]:
    """``reports/_event_rows.html`` of audit rows (audit_words.AuditRow), each as kept."""
    template = current_app.jinja_env.get_template("reports/_event_rows.html")
    html = row_render.render(template, rows=rows, end=_ROW_END)
    return [f"\n    {row}\n  " for row in html.split(_ROW_END)[:-1]]


def _time_form(row: str) -> tuple[str, str, str] | None:
    """A row rendered with the time's places: the text around them, or None unless each is
    there exactly once, the ISO text's first."""
    if row.count(_AT_ISO) != 1 or row.count(_AT_TEXT) != 1:
        return None
    head, _, rest = row.partition(_AT_ISO)
    middle, found, tail = rest.partition(_AT_TEXT)
    return (head, middle, tail) if found else None


def filters_form(spec: Any, facets: dict[str, list[str]], action: str, label: str,
                 show_sort: bool) -> Markup:  # fmt: skip
    """``reports/_filters.html`` (a GET form: no CSRF token), rendered once per distinct
    content and kept (see the module docstring)."""
    chosen = (tuple(spec.statuses), tuple(spec.readiness), spec.topic, spec.service,
              spec.min_readiness, spec.max_readiness, spec.updated_from, spec.updated_to,
              spec.assignee, spec.patient, spec.due, spec.sort)  # fmt: skip
    choices = tuple(tuple(facets[name]) for name in ("topics", "services", "assignees"))
    names = tuple(person(who) for who in facets["assignees"])
    key = (*app_key(), action, label, show_sort, chosen, choices, names)
    html = _forms.get(key)
    if html is None:
        from ..models import WORKFLOW  # late: models import the database layer
        from .worklist_filter import READINESS_STATES

        template = current_app.jinja_env.get_template("reports/_filters.html")
        html = template.render(spec=spec, facets=facets, workflow=WORKFLOW,
                               readiness_states=READINESS_STATES, filter_action=action,
                               filter_label=label, show_sort=show_sort)  # fmt: skip
        _forms.put(key, html)
    return Markup(html)  # noqa: S704 - rendered by our template (autoescaped)


def worklist_rows(rows: list[Any], states: dict[str, str],
                  unchecked: dict[int, str]) -> Markup:  # fmt: skip
    """The worklist rows' ``reports/_worklist_row.html``, each rendered once per distinct
    content and kept (see the module docstring), joined. ``rows``: the worklist's rows
    (worklist.LISTED, in that order; the denial as its JSON text, or decoded: the ``due``
    filter's rows); ``states``: the readiness labels (a constant); ``unchecked``:
    listing.unchecked_reasons."""
    from ..appeals.web.clocks import today  # late: the appeals pages import this module's users
    from .listing import link_parts, shown_row  # late: listing imports the models
    from .worklist import POSITION

    head, tail = link_parts()
    where = (*app_key(), head, tail)
    # Values by position, as worklist.LISTED orders them: a Row's attribute costs ~0.3 µs, and
    # a page reads several of each of its 50 rows.
    at = POSITION
    i_id, i_status, i_denial, i_assignee = at["id"], at["status"], at["denial"], at["assignee"]
    i_updated, shown = at["updated_at"], at["latest_report_id"]  # the columns shown: those before
    keys = []
    names: dict[str, str] = {}  # the page's few assignees, each named once
    day = None
    # The page's rows are named tuples; the ``due`` filter's are SQLAlchemy rows (no slices).
    plain = not rows or isinstance(rows[0], tuple)
    for values in rows if plain else map(tuple, rows):
        # Every listed column as read but the report id, whose reasons are in the key: the
        # time by its value and its zone (equal values of one zone print the same text, and
        # the key costs no isoformat), the denial as its JSON text (no encoding to compare it).
        # A denied row shows its denial and its deadlines on today's date; any other row shows
        # neither (a request keeps its denial after an appeal moves it on).
        listed = values[:shown]
        denial = values[i_denial]
        if denial is not None and type(denial) is not str:  # decoded (the ``due`` filter's)
            listed = (*listed[:i_denial], json.dumps(denial, sort_keys=True),
                      *listed[i_denial + 1 :])  # fmt: skip
        if values[i_status] == "denied":
            day = day or today()
        who = values[i_assignee] or ""
        if who not in names:
            names[who] = person(who) if who else ""
        keys.append((where, listed, values[i_updated].tzinfo, names[who],
                     unchecked.get(values[i_id], ""),
                     day if values[i_status] == "denied" else None))  # fmt: skip
    found = _rows.get_many(keys)
    template = None
    for n, (row, key, html) in enumerate(zip(rows, keys, found, strict=True)):
        if html is None:
            template = template or current_app.jinja_env.get_template("reports/_worklist_row.html")
            if type(row.denial) is str:  # read as its text: decoded to be shown
                row = row._replace(denial=json.loads(row.denial))
            show = shown_row(row, states, unchecked.get(row.id, ""), head, tail)
            found[n] = html = row_render.render(template, show=show, row=row)
            _rows.put(key, html)
    # One block for the page's table body: the template writes it as it is.
    return Markup("".join(found))  # noqa: S704 - rendered by our template (autoescaped)
