"""The app's one exception hierarchy, and the single place errors become HTTP pages.

Every error the app raises on purpose derives from :class:`SmartAppError`. Retryable
conditions (the EHR is busy, a connection dropped) are kept apart from fatal ones (the
request was wrong, access was refused) so callers can decide to retry without string
matching, as cumulus-fhir-support's ``http.py`` and httpx's ``_exceptions.py`` do::

    SmartAppError                  root; carries a clinician-readable message + support id
    ├── ConfigError                launch.json or settings invalid (fatal at start-up)
    ├── InputError                 a file or form value the user gave cannot be used (CLI exit 2)
    │   ├── NoteExtractionError    a note attachment could not be turned into text (a warning)
    │   ├── AttestationError       a clinician's answers to open items that cannot be stored
    │   └── FormExpiredError       a POST without a valid CSRF token (stale page, forged form)
    ├── ChecklistError             a checklist data file breaks the schema
    ├── LaunchError                the SMART launch could not complete; relaunch from the EHR
    │   ├── UntrustedIssuerError   iss not listed in launch.json (no request is made to it)
    │   ├── LaunchStateError       state missing, forged, replayed or expired
    │   │   └── LaunchBindingError the callback came to another browser than the one that began
    │   ├── AuthorizationDenied    the EHR or the user refused (access_denied, invalid_scope)
    │   ├── TokenExchangeError     code → token exchange or id_token verification failed
    │   ├── NoPatientContextError  the token response carried no patient
    │   └── SessionExpiredError    tokens expired and refresh failed
    │       └── SessionEndedError  idle or absolute limit reached, or signed out
    ├── FhirError                  a FHIR request failed
    │   ├── RetryableFhirError     429/503/timeouts/connection resets: worth another try
    │   └── FatalFhirError         400/403/404/malformed body: retrying will not help
    │       ├── FhirAuthError      401 after the one refresh we allow
    │       ├── WriteBackRefusedError  the EHR refused (403) to add a document to the chart
    │       └── BackendAuthError  the EHR refused the app's backend-services token request
    │   └── BulkExportError        a Bulk Data export failed, was cancelled or ran out of time
    │       └── ExportLinkExpiredError  an export file's link no longer answers (404/410)
    ├── StoreError                 the database refused a read or write
    │   └── ConflictError          someone else changed the request since the page was loaded
    ├── InterruptedRunError        a check stopped with the app process that ran it (retryable)
    ├── NoClinicalAccessError      the EHR granted no read access to any clinical data
    ├── ReadinessGateError         ``smartapp score --fail-on``: the state failed the gate (exit 3)
    ├── AccessDeniedError          the signed-in user's role may not see or do this
    ├── NotFoundError              no such report, request or run (or not this user's)
    └── HookError                  a CDS Hooks call the app will not answer (JSON, not a page)
        ├── HookAuthError          the EHR's JWT is missing, forged, expired, replayed or from
        │                          an unlisted issuer (401)
        └── HookRequestError       the hook request is not one the service can read (400)

The message shown to users never contains tokens or PHI; :func:`register_error_handlers`
logs the class name and the support id, which the page shows so staff can find the line.
"""

from __future__ import annotations

import logging
import secrets
import traceback
from typing import TYPE_CHECKING, Any

from . import lazy_re

if TYPE_CHECKING:  # the web stack is imported where pages are drawn: the CLI loads this module
    from flask import Flask, Response

log = logging.getLogger(__name__)


class SmartAppError(Exception):
    """Root of every error the app raises deliberately."""

    #: HTTP status used when the error reaches a view.
    http_status = 500
    #: Exit code used when the error reaches the CLI.
    exit_code = 1
    #: Short heading for the error page.
    title = "Something went wrong"
    #: What the user should do next (shown under the message).
    advice = "Try again. If it keeps happening, contact support with the reference below."
    retryable = False
    #: Next steps shown as links on the error page: (label, endpoint) pairs.
    links: tuple[tuple[str, str], ...] = ()

    def __init__(self, message: str, *, advice: str | None = None, detail: str | None = None):
        super().__init__(message)
        self.message = message
        if advice is not None:
            self.advice = advice
        # `detail` is for logs only and must not carry PHI or tokens.
        self.detail = detail
        self.support_id = secrets.token_hex(4)


class ConfigError(SmartAppError):
    title = "The app is not configured correctly"
    advice = "An administrator needs to fix the configuration named above."


class InputError(SmartAppError):
    http_status = 400
    exit_code = 2
    title = "That input cannot be used"
    advice = "Check the file or value and try again."


class NoteExtractionError(InputError):
    title = "A note could not be read"
    advice = "The note is listed as unreadable in the report; open it in the EHR to review it."


class AttestationError(InputError):
    """Answers to open items that cannot be stored; ``errors`` maps item id ('' for the whole
    form) to a message. Nothing of the form is saved; the page shows it again as typed."""

    title = "The answers could not be saved"
    advice = "Correct the answers marked on the check page and save them again."

    def __init__(self, errors: dict[str, str]):
        first = next(iter(errors.values()), "")
        many = f"{len(errors)} answers need a correction."
        super().__init__(f"Nothing was saved: {first if len(errors) == 1 else many}")
        self.errors = errors


class FormExpiredError(InputError):
    title = "This page expired"
    advice = "Reload the page and try again. Nothing was changed."


class ChecklistError(SmartAppError):
    exit_code = 2
    title = "A checklist file is invalid"


class LaunchError(SmartAppError):
    http_status = 400
    title = "The app could not be launched"
    advice = "Close this window and launch the app again from the patient's chart."


class UntrustedIssuerError(LaunchError):
    http_status = 403
    title = "This EHR is not registered with the app"
    advice = (
        "The app only connects to EHRs its administrators have registered. "
        "Ask your administrator to add this EHR, or launch from a registered one."
    )


class LaunchStateError(LaunchError):
    title = "The launch expired or was already used"


class LaunchBindingError(LaunchStateError):
    """Login CSRF refused: someone else's launch, completed in this browser (issue 20 #1)."""

    http_status = 403
    title = "This sign-in did not start here"
    advice = (
        "If you did not just start a sign-in, close this page: a link may have tried to sign "
        "you in as someone else. To use the app, launch it again from the patient's chart in "
        "the EHR, or start again from the app's start page, in this browser."
    )


class AuthorizationDenied(LaunchError):
    http_status = 403
    title = "Access was not granted"


class TokenExchangeError(LaunchError):
    http_status = 502
    title = "The EHR did not complete the sign-in"


class NoPatientContextError(LaunchError):
    title = "No patient was selected"
    advice = "Open a patient's chart in the EHR and launch the app from there."


class SessionExpiredError(LaunchError):
    http_status = 401
    title = "Your session has expired"
    advice = "Relaunch the app from the EHR to continue. Nothing you saved has been lost."
    links = (("Sign in again", "launch.start"),)


class SessionEndedError(SessionExpiredError):
    """The app's own limits ended the session (idle, absolute): its tokens are deleted."""

    title = "Your session ended"
    advice = (
        "To continue, launch the app again from the patient's chart in the EHR, or sign in "
        "again from the start page (PA coordinators: Worklist sign-in). Nothing you saved has "
        "been lost."
    )


class FhirError(SmartAppError):
    http_status = 502
    title = "The EHR could not be read"

    def __init__(self, message: str, *, status: int | None = None,
                 retry_after: float | None = None, **kwargs: Any):  # fmt: skip
        super().__init__(message, **kwargs)
        self.status = status
        #: Seconds the EHR asked to wait (its last Retry-After), for a queued retry of the task.
        self.retry_after = retry_after


class RetryableFhirError(FhirError):
    retryable = True
    advice = "The EHR is busy or unreachable. Wait a moment and re-check."


class FatalFhirError(FhirError):
    pass


class FhirAuthError(FatalFhirError):
    http_status = 401
    title = "Your session has expired"
    advice = "Relaunch the app from the EHR to continue. Nothing you saved has been lost."


class WriteBackRefusedError(FatalFhirError):
    """The EHR answered 403 to creating a DocumentReference: not the user's input at fault."""

    http_status = 403
    title = "The EHR did not allow adding documents to this chart"
    advice = (
        "Download the PDF and add it to the chart by hand, or ask your EHR administrator to let "
        "this app add documents."
    )


class BackendAuthError(FatalFhirError):
    """SMART Backend Services: the token endpoint refused the client assertion or the scopes
    (``invalid_client``, ``invalid_scope``), or the backend block cannot be used."""

    http_status = 502
    title = "The EHR refused the app's population-run credentials"
    advice = (
        "An administrator must check the EHR's backend-services registration of this app (its "
        "client id, public key and system scopes) against the 'backend' block in launch.json."
    )


class BulkExportError(FhirError):
    """A Bulk Data export the EHR refused, failed, or did not finish within the run's deadline."""

    title = "The EHR's population export did not complete"
    advice = "Start the population run again later; if it keeps failing, contact support."


class ExportLinkExpiredError(BulkExportError):
    """An export file's link answered 404/410 (or refused the token): the EHR keeps export files
    for a limited time, so a run that downloads them late finds them gone."""

    title = "The export files expired before they were read"
    advice = "Start the population run again: a new export makes new files."


class StoreError(SmartAppError):
    title = "Your work could not be saved"
    advice = "Nothing was changed. Try again in a moment."


class ConflictError(StoreError):
    http_status = 409
    title = "Someone else changed this request"
    advice = "Reload the page to see the latest version, then make your change again."


class InterruptedRunError(SmartAppError):
    """A check still marked running long after any check finishes: its app process stopped
    (restart, deploy, crash) and took the work with it. Nothing was stored; run it again."""

    http_status = 503
    retryable = True
    title = "The check was interrupted"
    advice = "Press Re-check to run it again."


class NoClinicalAccessError(SmartAppError):
    """The launch's grant lets the app read no clinical resource type at all: there is nothing to
    check, and saying "the bundle holds no Patient" would hide why."""

    http_status = 403
    title = "The EHR granted no access to clinical data"
    advice = (
        "Relaunch the app and allow the clinical data it asks for, or ask your EHR administrator "
        "to grant the app read access to conditions, notes, observations and orders."
    )


class ReadinessGateError(SmartAppError):
    """The report was produced, but its readiness state is one ``--fail-on`` names: scripts
    stop on exit code 3 (2 stays "bad input", 1 an unexpected failure)."""

    exit_code = 3
    title = "The check did not pass"


class AccessDeniedError(SmartAppError):
    http_status = 403
    title = "You do not have access to this page"
    advice = "PA coordinators see the worklist; clinicians see the checks they ran."


class NotFoundError(SmartAppError):
    http_status = 404
    title = "Not found"
    advice = "It may have been removed, or it belongs to another user. Go back and try again."


class HookError(SmartAppError):
    """A CDS Hooks call refused: the EHR (a program) gets JSON, and shows no card."""

    http_status = 400
    title = "The hook call was refused"


class HookAuthError(HookError):
    http_status = 401
    title = "The EHR's hook call was not authenticated"


class HookRequestError(HookError):
    title = "The hook request cannot be read"


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

    from .db import rollback_request

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
