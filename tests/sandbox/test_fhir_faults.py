"""Fault and latency injection: what the app's retrieval must survive, produced on demand."""

from __future__ import annotations

import time

import pytest
import requests

pytestmark = pytest.mark.sandbox
PATIENT = "lmri-complete"


def get(sandbox, path, token, timeout=30, **params):
    return requests.get(
        f"{sandbox.base('plain')}/{path}",
        params=params,
        timeout=timeout,
        headers={"Authorization": f"Bearer {token}"},
    )


def inject(sandbox, *rules, **extra):
    sandbox.admin("POST", "faults", {"rules": list(rules), **extra}).raise_for_status()


def test_429_with_retry_after_then_recovers(sandbox_faults):
    token = sandbox_faults.token("plain", PATIENT)
    inject(
        sandbox_faults,
        {
            "action": "status",
            "status": 429,
            "retry_after": 2,
            "times": 1,
            "match": {"resource_type": "Condition"},
        },
    )
    first = get(sandbox_faults, "Condition", token, patient=PATIENT)
    assert first.status_code == 429 and first.headers["Retry-After"] == "2"
    assert get(sandbox_faults, "Condition", token, patient=PATIENT).status_code == 200


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors(sandbox_faults, status):
    token = sandbox_faults.token("plain", PATIENT)
    inject(sandbox_faults, {"action": "status", "status": status, "times": 2})
    assert get(sandbox_faults, "Condition", token, patient=PATIENT).status_code == status
    assert get(sandbox_faults, "Condition", token, patient=PATIENT).status_code == status
    assert get(sandbox_faults, "Condition", token, patient=PATIENT).status_code == 200


def test_latency_is_added_per_request(sandbox_faults):
    token = sandbox_faults.token("plain", PATIENT)
    inject(sandbox_faults, latency_ms=300)
    started = time.monotonic()
    get(sandbox_faults, "Condition", token, patient=PATIENT)
    assert time.monotonic() - started >= 0.3


def test_hung_connection_times_out_the_client(sandbox_faults):
    token = sandbox_faults.token("plain", PATIENT)
    inject(sandbox_faults, {"action": "hang", "seconds": 3, "times": 1})
    with pytest.raises(requests.Timeout):
        get(sandbox_faults, "Condition", token, timeout=0.5, patient=PATIENT)


def test_dropped_connection(sandbox_faults):
    token = sandbox_faults.token("plain", PATIENT)
    inject(sandbox_faults, {"action": "drop-connection", "times": 1})
    with pytest.raises(requests.ConnectionError):
        get(sandbox_faults, "Condition", token, patient=PATIENT)


def test_malformed_json(sandbox_faults):
    token = sandbox_faults.token("plain", PATIENT)
    inject(sandbox_faults, {"action": "malformed-json", "times": 1})
    response = get(sandbox_faults, "Condition", token, patient=PATIENT)
    assert response.status_code == 200
    with pytest.raises(ValueError):
        response.json()


def test_looping_next_link(sandbox_faults):
    token = sandbox_faults.token("plain", PATIENT)
    inject(sandbox_faults, {"action": "loop-next", "times": 1})
    bundle = get(sandbox_faults, "Procedure", token, patient=PATIENT, _count=2).json()
    links = {link["relation"]: link["url"] for link in bundle["link"]}
    assert links["next"] == links["self"]


def test_tokens_revoked_mid_session(sandbox_faults):
    # A tenant of its own, so revoking "every token" cannot disturb other tests' sessions.
    token = sandbox_faults.token("epic-v1", PATIENT)
    url = f"{sandbox_faults.base('epic-v1')}/Condition"
    headers = {"Authorization": f"Bearer {token}"}
    params = {"patient": PATIENT}
    assert requests.get(url, params=params, headers=headers, timeout=30).status_code == 200
    sandbox_faults.admin("POST", "tokens/revoke", {"tenant": "epic-v1"}).raise_for_status()
    assert requests.get(url, params=params, headers=headers, timeout=30).status_code == 401


def test_request_log_records_what_clients_sent_without_tokens(sandbox_faults):
    token = sandbox_faults.token("plain", PATIENT)
    get(sandbox_faults, "Condition", token, patient=PATIENT)
    log = sandbox_faults.admin("GET", "requests").json()
    assert log[-1]["path"] == "Condition" and log[-1]["authorized"] is True
    assert token not in str(log)


def test_bad_fault_spec_is_refused_with_a_message(sandbox_faults):
    response = sandbox_faults.admin("POST", "faults", {"rules": [{"action": "explode"}]})
    assert response.status_code == 400
    assert "action" in response.json()["error"]
