"""Client authentication at an EHR's token endpoint, the same for the code exchange and refresh.

- public: ``client_id`` in the body (PKCE protects the code);
- confidential-symmetric: HTTP Basic with the secret named by ``client_secret_env``;
- confidential-asymmetric: ``private_key_jwt`` signed with the key in ``private_key_file``
  (authlib's :class:`PrivateKeyJWT`), with the SMART header and claim rules below.
"""

from __future__ import annotations

import time
from typing import Any

from authlib.integrations.requests_client import OAuth2Session
from authlib.oauth2.rfc7523 import PrivateKeyJWT
from authlib.oauth2.rfc7523.assertion import private_key_jwt_sign
from flask import Flask

from ..errors import TokenExchangeError
from .keys import ClientKey, client_key
from .registry import ServerConfig

#: token_endpoint_auth_method names (RFC 7591 §2), not credentials.
SECRET_BASIC = "client_secret_basic"  # noqa: S105
NO_CLIENT_AUTH = "none"

#: SMART: the assertion's ``exp`` is at most five minutes ahead; stay under it for clock skew.
ASSERTION_LIFETIME_SECONDS = 240


class SmartPrivateKeyJWT(PrivateKeyJWT):
    """authlib's private_key_jwt with the SMART rules: header ``kid`` + ``typ: JWT``, short exp.

    Fresh claim and header dicts per call: authlib writes ``jti`` into the dict it is given, so a
    shared dict would repeat the jti and the EHR would refuse every assertion after the first.
    """

    def __init__(self, token_endpoint: str, key: ClientKey):
        super().__init__(token_endpoint, alg=key.alg)
        self.key = key

    def sign(self, auth: Any, token_endpoint: str) -> str:
        now = int(time.time())
        return private_key_jwt_sign(
            self.key.signing_key,
            client_id=auth.client_id,
            token_endpoint=token_endpoint,
            alg=self.key.alg,
            claims={"iat": now, "exp": now + ASSERTION_LIFETIME_SECONDS},
            header={"kid": self.key.kid, "typ": "JWT"},
        )


def token_session(app: Flask, server: ServerConfig, token_endpoint: str, **kwargs: Any) -> Any:
    """An authlib OAuth2Session that authenticates as ``server``'s client at ``token_endpoint``.

    Raises TokenExchangeError when the client's credential is not configured.
    """
    if server.client_type == "confidential-symmetric":
        secret = server.client_secret()
        if not secret:
            raise TokenExchangeError(
                "The app's credentials for this EHR are not configured.",
                advice="An administrator must set the client secret named in launch.json.",
                detail=f"missing env {server.client_secret_env}",
            )
        return OAuth2Session(
            server.client_id, secret, token_endpoint_auth_method=SECRET_BASIC, **kwargs
        )
    if server.client_type == "confidential-asymmetric":
        key = client_key(app, server)
        session = OAuth2Session(
            server.client_id,
            key.signing_key,
            token_endpoint_auth_method=SmartPrivateKeyJWT.name,
            **kwargs,
        )
        session.register_client_auth_method(SmartPrivateKeyJWT(token_endpoint, key))
        return session
    return OAuth2Session(
        server.client_id, None, token_endpoint_auth_method=NO_CLIENT_AUTH, **kwargs
    )
