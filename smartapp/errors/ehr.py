"""Reading the EHR failed: a FHIR request (retryable or not), a write-back, the backend-services
token, a Bulk Data export."""

from __future__ import annotations

from typing import Any

from .core import SmartAppError


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
