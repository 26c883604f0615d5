"""Drive the app's launches over real HTTP with ``requests``, the way a browser would."""

from __future__ import annotations

import re
from html import unescape
from typing import Any
from urllib.parse import parse_qs, urljoin, urlparse

import requests

TIMEOUT = 30
#: Scenario patient with a draft order, and the name its banner shows.
PATIENT, ORDER, PATIENT_NAME = "lmri-complete", "lmri-complete-order", "Marisol Quintero"


def query_of(location: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlparse(location).query).items()}


def ehr_context(sandbox: Any, tenant: str, patient: str = PATIENT, order: str | None = ORDER):
    """A launch context made at the sandbox EHR (what clicking Launch in the chart creates)."""
    body = {"tenant": tenant, "patient": patient, "order": order}
    response = sandbox.admin("POST", "launches", body)
    response.raise_for_status()
    return response.json()


def ehr_launch(app_url: str, sandbox: Any, tenant: str, http: requests.Session | None = None):
    """EHR launch end to end; returns (browser session, final response)."""
    http = http or requests.Session()
    context = ehr_context(sandbox, tenant)
    page = http.get(
        f"{app_url}/launch",
        params={"iss": context["iss"], "launch": context["launch"]},
        timeout=TIMEOUT,
    )
    return http, page


def consent_form(page: requests.Response) -> tuple[str, dict[str, Any]]:
    """The sandbox consent page's action URL and the fields to allow everything offered."""
    action = unescape(re.search(r'<form method="post" action="([^"]+)"', page.text)[1])
    practitioner = re.search(
        r'name="practitioner"[^>]*>.*?<option value="([^"]+)"', page.text, re.S
    )
    fields = {
        "decision": "allow",
        "practitioner": practitioner[1],
        "granted_scope": [
            unescape(v) for v in re.findall(r'name="granted_scope" value="([^"]+)"', page.text)
        ],
    }
    return urljoin(page.url, action), fields


def standalone_launch(
    app_url: str,
    server_id: str,
    patient: str | None = PATIENT,
    untick: tuple[str, ...] = (),
    http: requests.Session | None = None,
):
    """Standalone launch through the sandbox's sign-in and patient picker; (session, response)."""
    http = http or requests.Session()
    picker = http.get(f"{app_url}/launch/standalone/{server_id}", timeout=TIMEOUT)
    assert picker.status_code == 200 and "<form" in picker.text, picker.text[:300]
    action, fields = consent_form(picker)
    fields["granted_scope"] = [s for s in fields["granted_scope"] if s not in untick]
    if patient:
        fields["patient"] = patient
    return http, http.post(action, data=fields, timeout=TIMEOUT)


def authorization_response(app_url: str, sandbox: Any, tenant: str, http: requests.Session):
    """Run an EHR launch up to the EHR's redirect back; returns the callback URL (not visited)."""
    context = ehr_context(sandbox, tenant)
    start = http.get(
        f"{app_url}/launch",
        params={"iss": context["iss"], "launch": context["launch"]},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert start.status_code == 302, start.text[:300]
    answer = http.get(start.headers["Location"], allow_redirects=False, timeout=TIMEOUT)
    assert answer.status_code in (302, 303), answer.text[:300]
    return answer.headers["Location"]
