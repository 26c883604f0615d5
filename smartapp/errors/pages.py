"""The single place errors become HTTP pages: every :class:`SmartAppError` an HTML page with a
support reference (JSON inside a CDS Hooks endpoint), and every other failure one too."""

from __future__ import annotations

import logging
import traceback
from typing import TYPE_CHECKING

from .. import lazy_re
from .core import FormExpiredError, SmartAppError, StoreError

if TYPE_CHECKING:  # the web stack is imported where pages are drawn: the CLI loads this module
    from flask import Flask, Response

# The logger keeps the name it had before the hierarchy became a package: operators filter by it.
log = logging.getLogger("smartapp.errors")


def _is_hook_call() -> bool:
    """True inside a CDS Hooks endpoint, whose callers are EHRs (JSON), not people (pages)."""
    from flask import has_request_context, request

    return has_request_context() and request.blueprint == "hooks"


def _hook_answer(error: SmartAppError) -> Response:
    """The JSON body a CDS client logs: what was wrong and the reference to quote to us."""
    from flask import jsonify

    body = {"error": error.title, "message": error.message, "reference": error.support_id}
    response = jsonify(body)
    response.status_code = error.http_status
    return response


def _page(error: SmartAppError) -> str:
    """The error page. A failed statement leaves the request's database session unusable, and the
    page header reads the session's user from it: roll it back first (nothing was committed), and
    if the page still cannot be drawn, answer with a plain one rather than fail a second time."""
    from flask import render_template
    from markupsafe import escape

    from ..db import rollback_request

    rollback_request()
    try:
        return render_template("errors/error.html", error=error)
    except Exception as failure:  # the last resort must not raise
        log.error("error page failed: %s ref=%s", type(failure).__name__, error.support_id)
        title = escape(error.title)
        return (f"<!doctype html><title>{title}</title><h1>{title}</h1>"
                f"<p>{escape(error.message)}</p><p>Reference {error.support_id}</p>")  # fmt: skip


_UNSAFE_IN_LOG = lazy_re.compile(r"[^A-Za-z0-9 _.:/=,()+-]")


def log_detail(error: SmartAppError) -> str:
    """``error.detail`` fit for a log line: the EHR's error code (``invalid_client``), a missing
    variable's name, an OperationOutcome code. Details never carry tokens or PHI (see the
    constructor); an EHR-supplied value is still cut short and stripped of anything that could
    forge a log line."""
    if not error.detail:
        return "-"
    return _UNSAFE_IN_LOG.sub("?", str(error.detail))[:120]


def register_error_handlers(app: Flask) -> None:
    """Map every :class:`SmartAppError` to an HTML page with a support reference."""
    from flask import render_template, request
    from flask_wtf.csrf import CSRFError
    from sqlalchemy.exc import OperationalError
    from werkzeug.exceptions import HTTPException

    @app.errorhandler(SmartAppError)
    def _handle(error: SmartAppError):  # type: ignore[no-untyped-def]
        # Class, reference and detail (the EHR's error code: what an operator needs), never the
        # message: messages may name a resource the user asked for.
        log.warning("error %s ref=%s status=%s detail=%s", type(error).__name__,
                    error.support_id, error.http_status, log_detail(error))  # fmt: skip
        if _is_hook_call():
            return _hook_answer(error)
        return _page(error), error.http_status

    @app.errorhandler(CSRFError)
    def _csrf(_error: CSRFError):  # type: ignore[no-untyped-def]
        return _handle(FormExpiredError("The form was not accepted: it expired or came from "
                                        "another site."))  # fmt: skip

    @app.errorhandler(OperationalError)
    def _database(_error: OperationalError):  # type: ignore[no-untyped-def]
        # Locked or unreachable database: the transaction was rolled back, nothing half-saved.
        busy = StoreError("The database did not answer in time.")
        busy.http_status = 503
        return _handle(busy)

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException):  # type: ignore[no-untyped-def]
        page_error = SmartAppError(error.description or error.name)
        page_error.title, page_error.http_status = error.name, error.code or 500
        page_error.advice = "Check the address, or go back and try again."
        if _is_hook_call() or request.path.startswith("/cds-services"):
            return _hook_answer(page_error)
        return render_template("errors/error.html", error=page_error), page_error.http_status

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):  # type: ignore[no-untyped-def]
        if isinstance(error, HTTPException):
            return _http(error)
        page_error = SmartAppError("The app hit an unexpected problem. Nothing was changed.")
        # Type and code location only: an exception's message may quote patient data.
        where = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
        log.error("unexpected %s at %s:%s ref=%s", type(error).__name__,
                  where.filename.rsplit("/", 1)[-1] if where else "?",
                  where.lineno if where else "?", page_error.support_id)  # fmt: skip
        if _is_hook_call():
            return _hook_answer(page_error)
        return _page(page_error), 500
