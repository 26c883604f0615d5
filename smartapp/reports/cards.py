"""A saved report version's item cards, rendered once and kept: in this worker and in the
database for every worker (smartapp.reports.rendered).

A saved report version never changes: its items, evidence and the forms under them render the
same for everyone who opens it, until someone adds or withdraws an override, a clinician attests
on its check (or a person's name changes). Rendering those item cards is about half of a request
page's work, so the rendered HTML is kept, keyed by everything it shows: the version, its
override rows (their ids and withdrawal), its check's attestations (their ids), the names of the
people they name, whether the viewer may edit and who the viewer is when that shows (the
"withdraw my override" button). The forms' CSRF token, different in each session, is put back
in on every use. A page re-shown with an override form's error (``g.override_error``) is
rendered afresh.

A worker keeps two tiers (issue 19, eleventh pass): the most recent versions as text, ready to
use, and many more as the compressed bytes the database stores (~4.4 KB against ~35 KB of text),
which cost ~0.1 ms to inflate against a statement and the inflating for a row read from the
database. A worklist of a few hundred requests opened in any order missed the 128 kept as text
on most pages. The text is kept as UTF-8 in parts around the token's places (:class:`Filled`),
and a kept request page sends it as it is (issue 19, stop 47).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import render_template
from markupsafe import Markup

from ..bounded import BoundedStore
from ..context import request_g, request_object
from ..csrf_token import csrf_token
from ..db import get_session
from ..people import person
from . import rendered
from .fragments import CSRF_SLOT, app_key

#: Report versions kept as text per worker (a rendered report is ~20-60 KB).
MAX_KEPT = 128
#: Report versions kept compressed per worker (~4-5 KB each, ~9 MB in all).
MAX_PACKED = 2048
#: The text as UTF-8, in parts around the CSRF token's places.
_kept: BoundedStore[tuple[Any, ...], list[bytes]] = BoundedStore(MAX_KEPT)
_packed: BoundedStore[tuple[Any, ...], bytes] = BoundedStore(MAX_PACKED)
_SLOT = CSRF_SLOT.encode()


class Filled:
    """Kept cards with the session's CSRF token put in: as UTF-8 for a kept page
    (kept_page puts a slot in by its ``encode()``), as markup for a template (``__html__``).
    Neither the text nor the token is copied until then: a request page whose page is kept
    sends the cards as the bytes they were kept as (issue 19, stop 47: decoding the inflated
    cards, putting the token in the text and encoding the page again was ~0.1 ms a view)."""

    __slots__ = ("_parts", "_token")

    def __init__(self, parts: list[bytes], token: str) -> None:
        self._parts, self._token = parts, token

    def encode(self) -> bytes:
        return self._token.encode().join(self._parts)

    def __html__(self) -> str:
        return self.encode().decode("utf-8")

    __str__ = __html__

    def __bool__(self) -> bool:
        return any(self._parts)


def forget() -> None:
    """Drop what this worker keeps (as a restarted worker would): the database's rows stay."""
    _kept.clear()
    _packed.clear()


def _shown(saved_id: int, panel: Any, attested: Any = None) -> tuple[Any, ...]:
    """What a version's cards show beyond the version itself (which never changes)."""
    rows = panel.scope.rows
    shown = tuple((row.id, row.withdrawn_at, person(row.actor, row.role),
                   person(row.withdrawn_by)) for row in rows)  # fmt: skip
    # A clinician can attest on the check page after its report was saved: the saved report
    # shows the answers too, so they are part of what it shows.
    answers = tuple((row.id, person(row.actor, row.role))
                    for row in (attested.standing.values() if attested else ()))  # fmt: skip
    # The forms' and links' URLs start with the script root.
    return (request_object().script_root, saved_id, panel.editable, panel.me if rows else "", shown,
            answers)  # fmt: skip


def report_items(saved_id: int, later: Callable[[], dict[str, Any]],
                 **context: Any) -> Markup | Filled:  # fmt: skip
    """``checks/_report.html`` for a saved version with ``context`` (present, links, overrides)
    and what ``later`` gives (the arranged report: worked out only to render, issue 19 stop 47),
    rendered once per distinct content and kept (see the module docstring): in this worker, and
    in the database for every worker (a newly rendered version is written in the page's
    transaction, so call this before its commit)."""
    panel = context.get("overrides")
    if panel is None or request_g().get("override_error"):
        return Markup(render_template("checks/_report.html", **context, **later()))  # noqa: S704
    token = csrf_token()
    shown = _shown(saved_id, panel, context.get("attestations"))
    key = (*app_key(), *shown)
    parts = _kept.get(key)
    if parts is None:
        html = None
        packed = _packed.get(key)
        if packed is None:
            stored = rendered.key_of(shown)
            packed = rendered.recall(stored)  # no ORM Session for the read
            if packed is None:
                html = render_template("checks/_report.html", **context, **later())
                html = html.replace(token, CSRF_SLOT)
                packed = rendered.store(get_session(), stored, saved_id, html)
            _packed.put(key, packed)
        parts = (html.encode() if html is not None else rendered.unpack(packed)).split(_SLOT)
        _kept.put(key, parts)
    return Filled(parts, token)
