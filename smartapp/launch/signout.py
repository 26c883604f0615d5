"""Sign out: the header's button ends the launched session and deletes its stored tokens.

A POST (with the CSRF token every form carries), so no link or image on another site can sign a
user out. The page says what happened and what to do next; signing out twice, or after the
session already ended, shows the same page (there is nothing left to end).
"""

from __future__ import annotations

from flask import render_template, session
from werkzeug.wrappers import Response

from ..db import get_session
from ..models import AppSession
from .lifetime import end
from .views import bp


@bp.post("/launch/signout")
def sign_out() -> tuple[str, int] | Response:
    """Delete this browser's session (tokens included) and show the signed-out page."""
    session_id = session.get("sid")
    db = get_session()
    record = db.get(AppSession, session_id) if session_id else None
    if record is not None:
        end(db, record, "signed out")
    session.clear()
    return render_template("launch/signed_out.html"), 200
