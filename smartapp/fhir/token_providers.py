"""Where a :class:`~smartapp.fhir.client.FhirClient`'s bearer token comes from: the
:class:`TokenProvider` protocol (the launched session's tokens, smartapp.launch.tokens, and a
backend client's, smartapp.population.auth, provide the real ones) and :class:`StaticToken`, a
token that cannot be refreshed.

Split out of client.py, which asks a provider for the token and refreshes it once on a 401.
"""

from __future__ import annotations

from typing import Protocol

from ..errors import FhirAuthError


class TokenProvider(Protocol):
    """Where the bearer token comes from (smartapp.launch.session provides the real one)."""

    def access_token(self) -> str: ...

    def refresh(self) -> str: ...


class StaticToken:
    """A token that cannot be refreshed (the ``fetch`` CLI reads one from a file)."""

    def __init__(self, token: str):
        self._token = token

    def access_token(self) -> str:
        return self._token

    def refresh(self) -> str:
        raise FhirAuthError("The access token was refused and cannot be refreshed.")
