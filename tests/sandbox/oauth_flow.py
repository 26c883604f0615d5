"""Helpers that drive the sandbox's OAuth server over real HTTP the way a SMART app does.

Used by tests/sandbox/test_oauth_*.py and test_ehr_page.py. Everything goes through
``requests`` without following redirects, so each test can look at the exact Location.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import time
import uuid
from dataclasses import dataclass, field
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urljoin, urlparse

import requests
from joserfc import jwt
from joserfc.jwk import ECKey, RSAKey

REDIRECT_URI = "http://127.0.0.1:9/callback"  # never contacted: redirects are not followed
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
TIMEOUT = 30


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge)."""
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def query_of(location: str) -> dict[str, str]:
    """The query parameters of a redirect Location, one value each."""
    return {k: v[0] for k, v in parse_qs(urlparse(location).query).items()}


def options(html: str, select_name: str) -> list[str]:
    """Values of the <option>s of the <select name=...> in a server-rendered page."""
    match = re.search(rf'<select[^>]*name="{select_name}"[^>]*>(.*?)</select>', html, re.S)
    if not match:
        return []
    return [unescape(v) for v in re.findall(r'<option value="([^"]*)"', match.group(1))]


def checkboxes(html: str, name: str = "granted_scope") -> list[str]:
    return [unescape(v) for v in re.findall(rf'name="{name}" value="([^"]+)"', html)]


def form_action(html: str) -> str:
    match = re.search(r'<form method="post" action="([^"]+)"', html)
    assert match, "the consent page has no POST form"
    return unescape(match.group(1))


@dataclass
class TestClient:
    """A client registered with the sandbox for one test (public, symmetric or asymmetric)."""

    client_id: str
    kind: str  # "public" | "symmetric" | "asymmetric"
    secret: str | None = None
    key: Any = None
    alg: str = "RS384"
    extra: dict[str, Any] = field(default_factory=dict)

    def auth(self, token_url: str, **claims: Any) -> tuple[dict[str, str], dict[str, str]]:
        """(form fields, headers) that authenticate this client at ``token_url``."""
        if self.kind == "public":
            return {"client_id": self.client_id}, {}
        if self.kind == "symmetric":
            raw = f"{self.client_id}:{claims.pop('secret', self.secret)}".encode()
            return {}, {"Authorization": "Basic " + base64.b64encode(raw).decode()}
        return {
            "client_assertion_type": ASSERTION_TYPE,
            "client_assertion": self.assertion(token_url, **claims),
        }, {}

    def assertion(self, token_url: str, **claims: Any) -> str:
        now = int(time.time())
        body = {
            "iss": self.client_id,
            "sub": self.client_id,
            "aud": token_url,
            "exp": now + 240,
            "iat": now,
            "jti": uuid.uuid4().hex,
        }
        body.update(claims)
        key = body.pop("key", self.key)
        alg = body.pop("alg", self.alg)
        header = {"alg": alg, "kid": key.kid, "typ": "JWT"}
        return jwt.encode(header, body, key, algorithms=[alg])


def register_client(peer: Any, kind: str, **extra: Any) -> TestClient:
    """Register a fresh client of ``kind`` through ``POST /_admin/clients``."""
    client_id = f"test-{kind}-{uuid.uuid4().hex[:8]}"
    body: dict[str, Any] = {"client_id": client_id, "redirect_uris": [REDIRECT_URI]}
    client = TestClient(client_id, kind)
    if kind == "public":
        body["token_endpoint_auth_method"] = "none"
    elif kind == "symmetric":
        client.secret = secrets.token_urlsafe(24)
        body.update(token_endpoint_auth_method="client_secret_basic", client_secret=client.secret)
    else:
        alg = extra.pop("alg", "RS384")
        key = (
            ECKey.generate_key("P-384", auto_kid=True)
            if alg == "ES384"
            else RSAKey.generate_key(2048, auto_kid=True)
        )
        client.key, client.alg = key, alg
        body["token_endpoint_auth_method"] = "private_key_jwt"
        if "jwks_uri" in extra:
            body["jwks_uri"] = extra.pop("jwks_uri")
        else:
            body["jwks"] = {"keys": [key.as_dict(private=False)]}
    body.update(extra)
    response = peer.admin("POST", "/_admin/clients", json=body)
    assert response.status_code in (200, 201), response.text
    return client


class Flow:
    """One authorization-code flow against one tenant of the sandbox."""

    def __init__(self, peer: Any, tenant: str, client: TestClient) -> None:
        self.peer, self.tenant, self.client = peer, tenant, client
        self.base = peer.base(tenant)
        self.oauth = f"{peer.origin}/{tenant}/oauth2"
        self.token_url = f"{self.oauth}/token"
        self.verifier, self.challenge = pkce_pair()
        self.state = secrets.token_urlsafe(8)

    def params(self, scope: str, **overrides: Any) -> dict[str, str]:
        params = {
            "response_type": "code",
            "client_id": self.client.client_id,
            "redirect_uri": REDIRECT_URI,
            "scope": scope,
            "state": self.state,
            "aud": self.base,
            "code_challenge": self.challenge,
            "code_challenge_method": "S256",
        }
        params.update(overrides)
        return {k: v for k, v in params.items() if v is not None}

    def authorize(self, scope: str, **overrides: Any) -> requests.Response:
        return requests.get(
            f"{self.oauth}/authorize",
            params=self.params(scope, **overrides),
            allow_redirects=False,
            timeout=TIMEOUT,
        )

    def consent(
        self,
        page: requests.Response,
        decision: str = "allow",
        untick: tuple[str, ...] = (),
        **form: Any,
    ) -> requests.Response:
        """Submit the sign-in / patient-picker / consent form like a person would."""
        html = page.text
        data: dict[str, Any] = {"decision": decision}
        data["practitioner"] = form.pop("practitioner", options(html, "practitioner")[0])
        if options(html, "patient"):
            data["patient"] = form.pop("patient", options(html, "patient")[0])
        data["granted_scope"] = [s for s in checkboxes(html) if s not in untick]
        data.update(form)
        return requests.post(
            urljoin(page.url, form_action(html)), data=data, allow_redirects=False, timeout=TIMEOUT
        )

    def code_from(self, response: requests.Response) -> str:
        assert response.status_code == 302, response.text[:500]
        params = query_of(response.headers["Location"])
        assert params.get("state") == self.state
        assert "code" in params, params
        return params["code"]

    def exchange(self, code: str, verifier: str | None = "", **claims: Any) -> requests.Response:
        form, headers = self.client.auth(self.token_url, **claims)
        data = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI}
        if verifier is not None:
            data["code_verifier"] = verifier or self.verifier
        data.update(form)
        return requests.post(self.token_url, data=data, headers=headers, timeout=TIMEOUT)

    def refresh(self, refresh_token: str, scope: str | None = None) -> requests.Response:
        form, headers = self.client.auth(self.token_url)
        data = {"grant_type": "refresh_token", "refresh_token": refresh_token, **form}
        if scope is not None:
            data["scope"] = scope
        return requests.post(self.token_url, data=data, headers=headers, timeout=TIMEOUT)

    def endpoint(self, name: str, token: str) -> requests.Response:
        form, headers = self.client.auth(self.token_url)
        return requests.post(
            f"{self.oauth}/{name}", data={"token": token, **form}, headers=headers, timeout=TIMEOUT
        )


def new_launch(peer: Any, tenant: str, patient: str, order: str | None = None) -> dict[str, Any]:
    """A launch context from the EHR's JSON hook."""
    body = {"tenant": tenant, "patient": patient}
    if order:
        body["order"] = order
    response = peer.admin("POST", "/_admin/launches", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def first_patient_with_order(peer: Any) -> tuple[str, str]:
    """(patient id, ServiceRequest id) of the first EHR-page patient that has an order."""
    page = requests.get(f"{peer.origin}/ehr", timeout=TIMEOUT)
    for patient in options(page.text, "patient"):
        chart = requests.get(f"{peer.origin}/ehr", params={"patient": patient}, timeout=TIMEOUT)
        orders = [o for o in options(chart.text, "order") if o]
        if orders:
            return patient, orders[0]
    raise AssertionError("no seeded patient has a ServiceRequest")
