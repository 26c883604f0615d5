"""The app's one exception hierarchy, and where errors become HTTP pages.

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

Each class lives with its family: ``core.py`` the root :class:`SmartAppError` and the errors of
the app's own work (input, checklists, the store, access, CDS Hooks), ``launch.py`` the SMART
launch and session, ``ehr.py`` reading the EHR over FHIR and Bulk Data. Import them from here
(``from smartapp.errors import FatalFhirError``). Each class says its HTTP status and its CLI exit
code; ``pages.py`` (:func:`register_error_handlers`) is the single place an error becomes an HTTP
page, or JSON for a CDS Hooks caller.

The message shown to users never contains tokens or PHI; :func:`register_error_handlers`
logs the class name and the support id, which the page shows so staff can find the line.
"""

from .core import (
    AccessDeniedError,
    AttestationError,
    ChecklistError,
    ConfigError,
    ConflictError,
    FormExpiredError,
    HookAuthError,
    HookError,
    HookRequestError,
    InputError,
    InterruptedRunError,
    NoClinicalAccessError,
    NoteExtractionError,
    NotFoundError,
    ReadinessGateError,
    SmartAppError,
    StoreError,
)
from .ehr import (
    BackendAuthError,
    BulkExportError,
    ExportLinkExpiredError,
    FatalFhirError,
    FhirAuthError,
    FhirError,
    RetryableFhirError,
    WriteBackRefusedError,
)
from .launch import (
    AuthorizationDenied,
    LaunchBindingError,
    LaunchError,
    LaunchStateError,
    NoPatientContextError,
    SessionEndedError,
    SessionExpiredError,
    TokenExchangeError,
    UntrustedIssuerError,
)
from .pages import log_detail, register_error_handlers

__all__ = [
    "AccessDeniedError",
    "AttestationError",
    "AuthorizationDenied",
    "BackendAuthError",
    "BulkExportError",
    "ChecklistError",
    "ConfigError",
    "ConflictError",
    "ExportLinkExpiredError",
    "FatalFhirError",
    "FhirAuthError",
    "FhirError",
    "FormExpiredError",
    "HookAuthError",
    "HookError",
    "HookRequestError",
    "InputError",
    "InterruptedRunError",
    "LaunchBindingError",
    "LaunchError",
    "LaunchStateError",
    "NoClinicalAccessError",
    "NoPatientContextError",
    "NotFoundError",
    "NoteExtractionError",
    "ReadinessGateError",
    "RetryableFhirError",
    "SessionEndedError",
    "SessionExpiredError",
    "SmartAppError",
    "StoreError",
    "TokenExchangeError",
    "UntrustedIssuerError",
    "WriteBackRefusedError",
    "log_detail",
    "register_error_handlers",
]
