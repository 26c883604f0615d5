"""The root of the hierarchy (smartapp.errors draws the tree), and the errors of the app's own
work: input it cannot use, a broken checklist file, the store, access, a CDS Hooks call refused."""

from __future__ import annotations

import secrets


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
