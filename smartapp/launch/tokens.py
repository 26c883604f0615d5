"""Bearer tokens of a launched session for the FHIR client (minimal: no refresh yet).

The launch work replaces this with proactive refresh; the interface stays: ``SessionTokens``
implements :class:`smartapp.fhir.client.TokenProvider`, ``fhir_client_for`` builds the client.
"""

from __future__ import annotations

from flask import Flask

from ..db import session_factory
from ..errors import SessionExpiredError
from ..fhir.client import FhirClient
from ..models import AppSession
from .secrets import unseal


class SessionTokens:
    """The access token of one launched session, read from the database (works off-request)."""

    def __init__(self, app: Flask, session_id: str):
        self.app, self.session_id = app, session_id

    def access_token(self) -> str:
        with self.app.app_context(), session_factory(self.app)() as db:
            record = db.get(AppSession, self.session_id)
            token = unseal(record.access_token) if record else None
        if token is None:
            raise SessionExpiredError("This session can no longer be read.")
        return token

    def refresh(self) -> str:
        raise SessionExpiredError("The EHR no longer accepts this session.")


def fhir_client_for(app: Flask, launch: AppSession) -> FhirClient:
    """A FHIR client for the launch's EHR with the session's tokens."""
    from .views import registry

    with app.app_context():
        server = registry().get(launch.server_id)
    return FhirClient(
        launch.iss,
        SessionTokens(app, launch.id),
        vendor=server.vendor if server else None,
        concurrency=int(app.config.get("FHIR_CONCURRENCY", 4)),
    )
