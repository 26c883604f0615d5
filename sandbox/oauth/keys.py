"""The sandbox's id_token signing key (RS256, generated at start) and client public keys.

A fresh RSA key per run is what a test peer wants: nothing to leak, nothing to rotate. Client
keys for private_key_jwt come inline (``jwks``) or from the client's ``jwks_uri``, fetched on
every assertion with a short timeout so a dead client host cannot hang the token endpoint.
"""

from __future__ import annotations

import logging

import requests
from authlib.oauth2.rfc6749 import InvalidClientError
from joserfc.errors import JoseError
from joserfc.jwk import KeySet, RSAKey

from sandbox.oauth.clients import SandboxClient
from smartapp.net import DISCOVERY_TIMEOUT, new_session

log = logging.getLogger(__name__)

ID_TOKEN_ALG = "RS256"  # noqa: S105 - an algorithm name


class SigningKey:
    """One RSA key used to sign id_tokens for every tenant."""

    def __init__(self) -> None:
        key = RSAKey.generate_key(2048, auto_kid=True)
        self.key: RSAKey = key
        self.kid: str = key.kid or key.thumbprint()

    def public_jwks(self) -> dict[str, list[dict[str, object]]]:
        """The JWKS document served at ``/<tenant>/oauth2/jwks``."""
        public = dict(self.key.as_dict(private=False))
        public.update({"kid": self.kid, "use": "sig", "alg": ID_TOKEN_ALG})
        return {"keys": [public]}


def client_key_set(client: SandboxClient) -> KeySet:
    """The public keys a private_key_jwt client signs its assertions with."""
    document = client.jwks
    if document is None and client.jwks_uri:
        try:
            with new_session(timeout=DISCOVERY_TIMEOUT) as session:
                response = session.get(client.jwks_uri)
            response.raise_for_status()
            document = response.json()
        except (requests.RequestException, ValueError) as exc:
            log.warning("client %s: JWKS fetch failed (%s)", client.client_id, type(exc).__name__)
            raise InvalidClientError(description="The client's jwks_uri is unreadable.") from exc
    if not document:
        raise InvalidClientError(description="The client has no registered public keys.")
    try:
        return KeySet.import_key_set(document)
    except (JoseError, ValueError, TypeError, KeyError) as exc:
        raise InvalidClientError(description="The client's JWKS is not a valid key set.") from exc
