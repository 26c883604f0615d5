"""Where a FHIR client's bearer token may go (:class:`TrustedOrigins`): the iss's own origin
(scheme, host, port) and the hosts listed for that EHR (Oracle Health serves Binaries from
another host), under the iss's scheme. Every URL the client requests is resolved here first; one
that points anywhere else is a :class:`~smartapp.errors.FatalFhirError`, never a request.

Split out of client.py, which sends requests and handles what the EHR answers.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from ..errors import FatalFhirError
from .answers import origin_of


class TrustedOrigins:
    """The origins one FHIR server's bearer token may be sent to, and URLs resolved against it."""

    def __init__(self, base_url: str, allowed_hosts: tuple[str, ...] = ()):
        self.base_url = base_url
        # Where the bearer token may go: the iss's own origin (scheme, host, port) and the
        # listed Binary hosts under the iss's scheme. An https iss never sends it over http.
        scheme = urlsplit(self.base_url).scheme.lower()
        self.allowed_origins = {origin_of(self.base_url)} | {
            origin_of(f"{scheme}://{host}") for host in allowed_hosts
        }

    def resolve(self, url: str) -> str:
        """Absolute URL for ``url``: relative ones against the base, absolute ones as given.

        Absolute URLs are followed only to the base's origin (same scheme, host and port) or
        hosts listed for this server (Oracle Health serves Binaries from another host) under the
        base's scheme: a bearer token never leaves them, nor travels over plain http when the
        base is https. Anything else is FatalFhirError (the caller's "could not check").
        """
        if not urlsplit(url).scheme:
            return urljoin(self.base_url + "/", url.lstrip("/"))
        target = origin_of(url)
        if target in self.allowed_origins:
            return url
        if any(target[0] != ok[0] and target[1] == ok[1] for ok in self.allowed_origins):
            raise FatalFhirError(
                "The EHR pointed at an address without the same protection (http instead of "
                "https); the link was not followed and no access token was sent.",
                detail=f"untrusted scheme {target[0]} for host {target[1]}",
            )
        raise FatalFhirError(
            "The EHR pointed at a host it is not registered for; the link was not followed.",
            detail=f"untrusted host {target[1]}:{target[2]}",
        )
