"""id_token verification (signature via the issuer's JWKS, iss, aud, exp, nonce): every forgery is
refused. The issuer's JWKS is served at the network seam with ``responses``."""

from __future__ import annotations

import time

import pytest
import responses
from joserfc import jwt
from joserfc.jwk import RSAKey

from smartapp.errors import TokenExchangeError
from smartapp.launch.discovery import SmartConfiguration, clear_cache
from smartapp.launch.flow import verify_id_token
from smartapp.launch.registry import ServerConfig

ISS = "https://ehr.example/fhir"
JWKS_URI = "https://ehr.example/oauth2/jwks"
CONFIG = SmartConfiguration(
    authorization_endpoint="https://ehr.example/oauth2/authorize",
    token_endpoint="https://ehr.example/oauth2/token",
    jwks_uri=JWKS_URI,
    issuer=ISS,
)
SERVER = ServerConfig(
    id="ehr", display_name="EHR", iss=ISS, client_id="the-app", client_type="public",
    vendor="other", access="online", redirect_path="/launch/callback",
)  # fmt: skip
NONCE = "n-0S6_WzA2Mj"
EHR_KEY = RSAKey.generate_key(2048, auto_kid=True)


def id_token(key=EHR_KEY, alg="RS256", kid=None, **changes):
    now = int(time.time())
    claims = {"iss": ISS, "aud": "the-app", "sub": "u1", "iat": now, "exp": now + 300}
    claims["nonce"] = NONCE
    claims["fhirUser"] = f"{ISS}/Practitioner/p1"
    claims.update(changes)
    claims = {k: v for k, v in claims.items() if v is not None}
    header = {"alg": alg, "kid": kid or EHR_KEY.kid}
    return jwt.encode(header, claims, key, algorithms=[alg])


def public_jwk(key) -> dict:
    return {**key.as_dict(private=False), "alg": "RS256", "use": "sig"}


@pytest.fixture(autouse=True)
def ehr_jwks():
    clear_cache()  # keys are cached per issuer: each test starts from the network
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        mock.get(JWKS_URI, json={"keys": [public_jwk(EHR_KEY)]})
        yield mock
    clear_cache()


def jwks_fetches(mock) -> int:
    return sum(call.request.url == JWKS_URI for call in mock.calls)


def test_the_issuer_keys_are_fetched_once_for_many_launches(ehr_jwks):
    for _ in range(3):
        verify_id_token(id_token(), CONFIG, SERVER, NONCE)
    assert jwks_fetches(ehr_jwks) == 1


def test_a_rotated_key_is_fetched_when_a_token_names_it(ehr_jwks):
    verify_id_token(id_token(), CONFIG, SERVER, NONCE)
    rotated = RSAKey.generate_key(2048, auto_kid=True)
    ehr_jwks.replace(responses.GET, JWKS_URI, json={"keys": [public_jwk(rotated)]})
    claims = verify_id_token(id_token(key=rotated, kid=rotated.kid), CONFIG, SERVER, NONCE)
    assert claims["sub"] == "u1" and jwks_fetches(ehr_jwks) == 2


def test_a_genuine_id_token_is_accepted():
    claims = verify_id_token(id_token(), CONFIG, SERVER, NONCE)
    assert claims["fhirUser"].endswith("Practitioner/p1")


@pytest.mark.parametrize(
    ("case", "token"),
    [
        ("signed by another key", lambda: id_token(key=RSAKey.generate_key(2048))),
        ("wrong audience", lambda: id_token(aud="another-app")),
        ("audience missing", lambda: id_token(aud=None)),
        ("expired", lambda: id_token(exp=int(time.time()) - 120, iat=int(time.time()) - 900)),
        ("exp missing", lambda: id_token(exp=None)),
        ("wrong issuer", lambda: id_token(iss="https://evil.example/fhir")),
        ("wrong nonce", lambda: id_token(nonce="replayed-from-another-login")),
        ("nonce missing", lambda: id_token(nonce=None)),
        ("tampered payload", lambda: tamper(id_token())),
        ("alg none", lambda: unsigned()),
        ("not a JWT", lambda: "not-a-jwt"),
    ],
)
def test_forged_id_tokens_are_refused(case, token):
    with pytest.raises(TokenExchangeError) as refused:
        verify_id_token(token(), CONFIG, SERVER, NONCE)
    assert "could not be verified" in refused.value.message, case


def test_without_issuer_keys_nothing_is_trusted():
    config = SmartConfiguration(CONFIG.authorization_endpoint, CONFIG.token_endpoint)
    with pytest.raises(TokenExchangeError):
        verify_id_token(id_token(), config, SERVER, NONCE)


def tamper(token: str) -> str:
    import base64
    import json

    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["fhirUser"] = f"{ISS}/Practitioner/someone-else"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


def unsigned() -> str:
    import base64
    import json

    def part(value: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    now = int(time.time())
    claims = {"iss": ISS, "aud": "the-app", "exp": now + 300, "nonce": NONCE}
    return f"{part({'alg': 'none'})}.{part(claims)}."
