"""The attack list: each attempt must be refused, over real HTTP against the sandbox EHR.

Forged/replayed state, replayed and injected codes, missing PKCE, unlisted or look-alike iss,
authorization responses from another issuer, open redirects through any parameter, scope
escalation on refresh, and tokens leaking into URLs, logs or cookies. id_token forgeries are in
test_id_token.py.
"""

from __future__ import annotations

import logging
import socket
import threading
from urllib.parse import urlencode, urlparse

import pytest
import requests
from launch_flow import (
    TIMEOUT,
    authorization_response,
    ehr_context,
    ehr_launch,
    query_of,
    standalone_launch,
)

from smartapp.errors import SessionExpiredError
from smartapp.launch import SessionTokens
from smartapp.launch.secrets import unseal
from smartapp.models import LaunchState

pytestmark = pytest.mark.sandbox


def start_launch(live, sandbox, tenant, http):
    """The app's authorize redirect for a fresh EHR launch (not followed)."""
    context = ehr_context(sandbox, tenant)
    response = http.get(
        f"{live.url}/launch",
        params={"iss": context["iss"], "launch": context["launch"]},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert response.status_code == 302
    return response.headers["Location"]


def callback(live, http, **params):
    return http.get(f"{live.url}/launch/callback", params=params, timeout=TIMEOUT)


# -- state ---------------------------------------------------------------------------------


def test_replayed_state_is_refused_even_after_success(module_app, sandbox_ehr):
    http = requests.Session()
    answer = authorization_response(module_app.url, sandbox_ehr, "plain", http)
    assert http.get(answer, allow_redirects=False, timeout=TIMEOUT).status_code == 302
    again = http.get(answer, allow_redirects=False, timeout=TIMEOUT)
    assert again.status_code == 400 and "does not match a launch in progress" in again.text


def test_state_from_another_browser_is_single_use_too(module_app, sandbox_ehr):
    """A state is server-side and single use: an attacker replaying a stolen callback URL in
    their own browser gets nothing, whether or not the victim used it first."""
    victim = requests.Session()
    answer = authorization_response(module_app.url, sandbox_ehr, "epic", victim)
    assert victim.get(answer, timeout=TIMEOUT).status_code == 200
    attacker = requests.Session()
    stolen = attacker.get(answer, timeout=TIMEOUT)
    assert stolen.status_code == 400
    assert attacker.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 401


def test_login_csrf_callback_in_another_browser_is_refused(module_app, sandbox_ehr):
    """Issue 20 #1: the attacker starts a launch, stops at the EHR's redirect back and sends the
    callback link to a victim. The victim's browser lacks the cookie that bound the launch to the
    attacker's browser: refused with a page saying so, nobody signed in, the link used up."""
    attacker = requests.Session()
    link = authorization_response(module_app.url, sandbox_ehr, "plain", attacker)
    assert "smartapp_launch" in attacker.cookies
    victim = requests.Session()
    page = victim.get(link, allow_redirects=False, timeout=TIMEOUT)
    assert page.status_code == 403 and "Location" not in page.headers
    assert "This sign-in did not start here" in page.text
    assert "started in another browser" in page.text
    assert "session" not in victim.cookies
    assert victim.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 401
    # A victim holding a binding cookie of their own (an earlier launch) is refused the same way.
    start_launch(module_app, sandbox_ehr, "plain", victim)
    other = authorization_response(module_app.url, sandbox_ehr, "plain", requests.Session())
    assert victim.get(other, timeout=TIMEOUT).status_code == 403
    # The attacker's own link is spent: it cannot be kept for later either.
    assert attacker.get(link, timeout=TIMEOUT).status_code == 400


def test_callback_in_the_browser_that_started_the_launch_works(module_app, sandbox_ehr):
    http = requests.Session()
    link = authorization_response(module_app.url, sandbox_ehr, "plain", http)
    page = http.get(link, timeout=TIMEOUT)
    assert page.status_code == 200 and page.url == f"{module_app.url}/patient"
    assert module_app.session_id(http)


# -- codes and PKCE ----------------------------------------------------------------------------


def test_replayed_code_with_a_fresh_state_is_refused(module_app, sandbox_ehr):
    http = requests.Session()
    answer = authorization_response(module_app.url, sandbox_ehr, "plain", http)
    code = query_of(answer)["code"]
    assert http.get(answer, timeout=TIMEOUT).status_code == 200
    used_session = module_app.session_id(http)
    fresh_state = query_of(start_launch(module_app, sandbox_ehr, "plain", http))["state"]
    replay = callback(module_app, http, code=code, state=fresh_state)
    assert replay.status_code == 502 and "did not accept the sign-in" in replay.text
    # RFC 6749 §4.1.2: the EHR revokes what the replayed code issued; that session is over.
    other = requests.Session()
    other.cookies.update(http.cookies)
    ended = other.get(f"{module_app.url}/patient", timeout=TIMEOUT)
    assert ended.status_code == 401, used_session


def test_injected_code_fails_pkce(module_app, sandbox_ehr):
    """Code injection: an attacker's valid code, delivered with the victim's state, is useless
    because the token request carries the victim's PKCE verifier."""
    attacker = requests.Session()
    stolen = query_of(authorization_response(module_app.url, sandbox_ehr, "plain", attacker))
    victim = requests.Session()
    state = query_of(start_launch(module_app, sandbox_ehr, "plain", victim))["state"]
    page = callback(module_app, victim, code=stolen["code"], state=state)
    assert page.status_code == 502
    assert victim.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 401


def test_authorize_request_always_carries_s256_pkce(module_app, sandbox_ehr):
    import base64
    import hashlib

    from smartapp.db import session_factory

    for tenant in ("plain", "epic-v1", "cerner"):
        query = query_of(start_launch(module_app, sandbox_ehr, tenant, requests.Session()))
        assert query["code_challenge_method"] == "S256"
        with session_factory(module_app.app)() as db:
            stored = db.get(LaunchState, query["state"])
        digest = hashlib.sha256(stored.code_verifier.encode()).digest()
        assert query["code_challenge"] == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        assert "code_verifier" not in query


def test_authorize_request_without_pkce_is_refused(module_app, sandbox_ehr):
    """Strip PKCE from the app's request (a downgrade): the EHR refuses, the app shows why."""
    http = requests.Session()
    location = start_launch(module_app, sandbox_ehr, "plain", http)
    query = query_of(location)
    del query["code_challenge"], query["code_challenge_method"]
    stripped = location.split("?")[0] + "?" + urlencode(query)
    page = http.get(stripped, timeout=TIMEOUT)
    assert page.url.startswith(f"{module_app.url}/launch/callback")
    assert page.status_code == 400 and "ended the sign-in with an error" in page.text
    assert http.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 401


# -- issuers ---------------------------------------------------------------------------------


class Spy:
    """A TCP listener that records every connection (to prove nobody contacted it)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self.running = False
        self.thread.join(timeout=5)
        self.sock.close()


@pytest.fixture
def spy():
    listener = Spy()
    yield listener
    listener.close()


def test_unlisted_iss_gets_no_request_and_no_redirect(module_app, sandbox_ehr, spy):
    registered = sandbox_ehr.base("plain")
    for iss in (
        f"http://127.0.0.1:{spy.port}/fhir",
        f"http://127.0.0.1:{spy.port}/plain/fhir",
        f"http://localhost:{spy.port}/fhir?{registered}",
        f"{registered}.evil",  # look-alike: registered base as a prefix
        f"{registered}/../../epic/fhir/x",
        registered.replace("http://", "https://"),
    ):
        page = requests.get(
            f"{module_app.url}/launch",
            params={"iss": iss, "launch": "x"},
            allow_redirects=False,
            timeout=TIMEOUT,
        )
        assert page.status_code == 403, iss
        assert "Location" not in page.headers
        assert "list of trusted EHRs" in page.text
    assert spy.connections == 0


def test_authorization_response_from_another_issuer_is_refused(module_app, sandbox_ehr):
    """RFC 9207 mix-up defence: the response's iss must be the issuer the launch went to."""
    http = requests.Session()
    answer = query_of(authorization_response(module_app.url, sandbox_ehr, "plain", http))
    page = callback(module_app, http, **answer, iss=sandbox_ehr.base("epic"))
    assert page.status_code == 400 and "came from a different EHR" in page.text
    assert http.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 401


def test_code_from_another_issuer_never_reaches_its_token_endpoint(module_app, sandbox_ehr):
    """A code minted by the epic tenant, delivered with a plain launch's state: the app sends it
    only to the token endpoint stored with that state (plain's), which refuses it."""
    http = requests.Session()
    epic_code = query_of(authorization_response(module_app.url, sandbox_ehr, "epic", http))["code"]
    plain_state = query_of(start_launch(module_app, sandbox_ehr, "plain", http))["state"]
    page = callback(module_app, http, code=epic_code, state=plain_state)
    assert page.status_code == 502
    assert http.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 401


# -- open redirects ----------------------------------------------------------------------------

EVIL = "https://evil.example/steal"
REDIRECT_PARAMS = ("next", "redirect", "redirect_uri", "return_to", "url", "target", "aud")


def app_paths(live, sandbox):
    context = ehr_context(sandbox, "plain")
    return [
        ("/launch", {"iss": context["iss"], "launch": context["launch"]}),
        ("/launch", {"iss": EVIL, "launch": "x"}),
        ("/launch/start", {}),
        ("/launch/standalone/sandbox-plain", {}),
        ("/launch/callback", {"state": "forged", "code": "x"}),
        ("/patient", {}),
        ("/", {}),
    ]


def test_no_parameter_redirects_anywhere_else(module_app, sandbox_ehr):
    allowed = {urlparse(module_app.url).netloc, urlparse(sandbox_ehr.origin).netloc}
    for path, params in app_paths(module_app, sandbox_ehr):
        hostile = dict(params, **{name: EVIL for name in REDIRECT_PARAMS})
        response = requests.get(
            f"{module_app.url}{path}", params=hostile, allow_redirects=False, timeout=TIMEOUT
        )
        location = response.headers.get("Location", "")
        assert "evil.example" not in location, (path, location)
        if location:
            assert urlparse(location).netloc in allowed, (path, location)
            query = query_of(location)
            if "redirect_uri" in query:
                assert query["redirect_uri"] == f"{module_app.url}/launch/callback"
                assert query["aud"] == sandbox_ehr.base("plain")


def test_forged_host_header_cannot_move_the_callback(module_app, sandbox_ehr, caplog):
    """Issue 20 #11: without PUBLIC_URL the app builds no redirect_uri from a Host header that
    is neither loopback nor in ALLOWED_HOSTS: refused before anything is sent to the EHR."""
    caplog.set_level(logging.INFO)
    context = ehr_context(sandbox_ehr, "plain")
    start = requests.get(
        f"{module_app.url}/launch",
        params={"iss": context["iss"], "launch": context["launch"]},
        headers={"Host": "evil.example"},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert start.status_code == 400 and "Location" not in start.headers
    assert "PUBLIC_URL" in start.text and "evil.example" not in start.text
    assert "Host header not listed" in caplog.text


def test_a_listed_host_builds_the_redirect_uri(sandbox_ehr, tmp_path):
    from app_server import start_live_app

    live = start_live_app(sandbox_ehr, tmp_path, ALLOWED_HOSTS=["pa-check.example.org"])
    try:
        context = ehr_context(sandbox_ehr, "plain")
        start = requests.get(
            f"{live.url}/launch",
            params={"iss": context["iss"], "launch": context["launch"]},
            headers={"Host": "pa-check.example.org:8443"},
            allow_redirects=False,
            timeout=TIMEOUT,
        )
    finally:
        live.stop()
    assert start.status_code == 302
    assert query_of(start.headers["Location"])["redirect_uri"] == (
        "http://pa-check.example.org:8443/launch/callback"
    )


# -- scopes on refresh -----------------------------------------------------------------------


def test_refresh_keeps_a_narrowed_grant_narrow(module_app, sandbox_ehr):
    http, page = standalone_launch(
        module_app.url, "sandbox-plain", untick=("patient/Observation.rs", "patient/Coverage.rs")
    )
    assert page.status_code == 200
    assert "<strong>Results and scores</strong>" in page.text  # cannot be checked: not granted
    sid = module_app.session_id(http)
    granted = module_app.record(sid).granted_scope
    SessionTokens(module_app.app, sid).refresh()
    after = module_app.record(sid).granted_scope
    assert after.split() == granted.split()
    assert "patient/Observation.rs" not in after


def test_scope_escalation_on_refresh_is_refused(module_app, sandbox_ehr):
    """Even if the stored grant were tampered with, the EHR refuses the wider refresh and the
    app ends the session instead of widening what it holds."""
    http, page = standalone_launch(
        module_app.url, "sandbox-plain", untick=("patient/Observation.rs",)
    )
    assert page.status_code == 200
    sid = module_app.session_id(http)
    granted = module_app.record(sid).granted_scope
    module_app.update(sid, granted_scope=granted + " patient/Observation.rs user/*.cruds")
    with pytest.raises(SessionExpiredError):
        SessionTokens(module_app.app, sid).refresh()
    assert module_app.record(sid).refresh_count == 0


# -- tokens never in URLs, logs or cookies ------------------------------------------------------


def test_tokens_never_appear_in_urls_logs_or_cookies(module_app, sandbox_ehr, caplog):
    caplog.set_level(logging.DEBUG)
    http = requests.Session()
    locations: list[str] = []
    http.hooks["response"].append(
        lambda r, *a, **k: locations.append(r.headers.get("Location", ""))
    )
    http, page = ehr_launch(module_app.url, sandbox_ehr, "cerner", http)
    assert page.status_code == 200
    sid = module_app.session_id(http)
    sandbox_ehr.admin("POST", "tokens/expire", {"tenant": "cerner"}).raise_for_status()
    assert http.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 200  # refreshed
    record = module_app.record(sid)
    assert record.refresh_count == 1
    access, refresh = module_app.tokens(sid)
    secrets_seen = [access, refresh]
    with module_app.app.app_context():
        assert unseal(record.access_token) == access  # stored encrypted, not in clear
    assert access not in record.access_token and refresh not in (record.refresh_token or "")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    app_logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("smartapp"))
    urls = "\n".join([*locations, *(r.url for r in page.history), page.url])
    cookies = "\n".join(f"{c.name}={c.value}" for c in http.cookies)
    for secret in secrets_seen:
        assert secret not in logged
        assert secret not in urls
        assert secret not in cookies
    # The app's own log lines carry no authorization code or state either.
    code = query_of(next(u for u in locations if "code=" in u))["code"]
    assert code not in app_logged
    assert sid not in logged


def test_public_url_pins_the_callback_whatever_the_host_header(sandbox_ehr, tmp_path):
    from app_server import start_live_app

    # top-level: local-http (no Secure) refuses to start with a non-loopback PUBLIC_URL.
    live = start_live_app(sandbox_ehr, tmp_path, PUBLIC_URL="https://pa-check.example.org/",
                          COOKIE_MODE="top-level")  # fmt: skip
    try:
        context = ehr_context(sandbox_ehr, "plain")
        start = requests.get(
            f"{live.url}/launch",
            params={"iss": context["iss"], "launch": context["launch"]},
            headers={"Host": "evil.example"},
            allow_redirects=False,
            timeout=TIMEOUT,
        )
    finally:
        live.stop()
    assert query_of(start.headers["Location"])["redirect_uri"] == (
        "https://pa-check.example.org/launch/callback"
    )
