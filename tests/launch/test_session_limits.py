"""Sessions end (issue 20 #3), over real HTTP against the sandbox: an idle limit, an absolute
limit, both configurable, and Sign out — each deletes the stored tokens and shows what to do."""

from __future__ import annotations

import datetime as dt

import pytest
import requests
from app_server import start_live_app
from launch_flow import TIMEOUT, ehr_launch
from page_forms import csrf_of

from smartapp import create_app
from smartapp.db import session_factory
from smartapp.errors import ConfigError
from smartapp.models import AppSession, utcnow

pytestmark = pytest.mark.sandbox

#: Pages that answer from the app's database alone (PHI without asking the EHR).
OWN_PAGES = ("/patient", "/my-requests")


def launched(live, sandbox):
    http, page = ehr_launch(live.url, sandbox, "plain")
    assert page.status_code == 200, page.text[:300]
    return http, live.session_id(http)


def gone(live, session_id: str) -> bool:
    with session_factory(live.app)() as db:
        return db.get(AppSession, session_id) is None


def test_an_idle_session_ends_and_its_tokens_are_deleted(module_app, sandbox_ehr):
    http, sid = launched(module_app, sandbox_ehr)
    assert http.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 200
    module_app.update(sid, last_seen_at=utcnow() - dt.timedelta(minutes=29))
    assert http.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 200  # still in
    module_app.update(sid, last_seen_at=utcnow() - dt.timedelta(minutes=31))
    page = http.get(f"{module_app.url}/patient", timeout=TIMEOUT)
    assert page.status_code == 401
    assert "Your session ended" in page.text and "30 minutes without activity" in page.text
    assert "launch the app again from the patient&#39;s chart" in page.text
    assert 'href="/launch/start"' in page.text  # sign in again
    assert gone(module_app, sid)
    for path in OWN_PAGES:
        assert http.get(f"{module_app.url}{path}", timeout=TIMEOUT).status_code == 401, path


def test_a_session_ends_after_the_absolute_limit_however_active(module_app, sandbox_ehr):
    http, sid = launched(module_app, sandbox_ehr)
    module_app.update(sid, created_at=utcnow() - dt.timedelta(hours=12, minutes=1),
                      last_seen_at=utcnow())  # fmt: skip
    stolen = requests.Session()  # a copy of the cookie taken earlier fares no better
    stolen.cookies.update(http.cookies)
    page = http.get(f"{module_app.url}/my-requests", timeout=TIMEOUT)
    assert page.status_code == 401 and "a session lasts at most 12 hours" in page.text
    assert gone(module_app, sid)
    assert stolen.get(f"{module_app.url}/patient", timeout=TIMEOUT).status_code == 401


def test_sign_out_deletes_the_tokens_and_says_what_next(module_app, sandbox_ehr):
    http, sid = launched(module_app, sandbox_ehr)
    copy = requests.Session()
    copy.cookies.update(http.cookies)
    page = http.get(f"{module_app.url}/patient", timeout=TIMEOUT)
    assert '<button type="submit">Sign out</button>' in page.text
    # Without the form's CSRF token (another site's form) nothing is signed out.
    forged = requests.post(f"{module_app.url}/launch/signout", cookies=http.cookies,
                           timeout=TIMEOUT)  # fmt: skip
    assert forged.status_code == 400 and not gone(module_app, sid)
    out = http.post(f"{module_app.url}/launch/signout", data={"csrf_token": csrf_of(page.text)},
                    timeout=TIMEOUT)  # fmt: skip
    assert out.status_code == 200 and "You signed out" in out.text
    assert "sign in again" in out.text
    assert gone(module_app, sid)
    for who in (http, copy):
        for path in OWN_PAGES:
            assert who.get(f"{module_app.url}{path}", timeout=TIMEOUT).status_code == 401
    after = http.get(f"{module_app.url}/patient", timeout=TIMEOUT)
    assert "Relaunch the app from the EHR" in after.text and 'href="/launch/start"' in after.text


def test_the_limits_are_configurable(sandbox_ehr, tmp_path, monkeypatch):
    from app_server import SHIPPED_SECRET

    monkeypatch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", SHIPPED_SECRET)
    live = start_live_app(sandbox_ehr, tmp_path, SESSION_IDLE_MINUTES=5, SESSION_MAX_HOURS=1)
    try:
        http, sid = launched(live, sandbox_ehr)
        live.update(sid, last_seen_at=utcnow() - dt.timedelta(minutes=6))
        page = http.get(f"{live.url}/patient", timeout=TIMEOUT)
        assert page.status_code == 401 and "5 minutes without activity" in page.text
        http, sid = launched(live, sandbox_ehr)
        live.update(sid, created_at=utcnow() - dt.timedelta(minutes=61))
        page = http.get(f"{live.url}/patient", timeout=TIMEOUT)
        assert page.status_code == 401 and "at most 1 hour" in page.text
    finally:
        live.stop()


def test_a_limit_that_is_not_positive_stops_start_up(tmp_path):
    for setting in ({"SESSION_IDLE_MINUTES": 0}, {"SESSION_MAX_HOURS": "never"}):
        with pytest.raises(ConfigError, match=next(iter(setting))):
            create_app({"TESTING": True, "SECRET_KEY": "x", **setting,
                        "DATABASE_URL": f"sqlite:///{tmp_path / 'a.sqlite3'}"})  # fmt: skip
