"""CDS Hooks over real HTTP: the sandbox EHR signs and sends each call, the app answers cards."""

from __future__ import annotations

import base64
import datetime as dt
import json

import requests
from joserfc import jwt
from joserfc.jwk import ECKey

from smartapp.db import session_factory
from smartapp.fhir import FhirClient, StaticToken, fetch_patient_record
from smartapp.models import AuditEvent
from smartapp.scoring import score_bundle


def _only_card(response: requests.Response) -> dict:
    assert response.status_code == 200, response.text[:400]
    cards = response.json()["cards"]
    assert len(cards) == 1
    return cards[0]


def test_discovery_lists_both_order_hooks_with_prefetch(hooks):
    answer = requests.get(f"{hooks.live.url}/cds-services", timeout=30)
    assert answer.status_code == 200
    assert answer.headers["Access-Control-Allow-Origin"] == "*"
    services = {s["hook"]: s for s in answer.json()["services"]}
    assert set(services) == {"order-select", "order-sign"}
    for service in services.values():
        assert service["prefetch"]["patient"] == "Patient/{{context.patientId}}"
        assert service["prefetch"]["notes"] == "DocumentReference?patient={{context.patientId}}"


def test_cors_preflight_allows_the_bearer_jwt(hooks):
    answer = requests.options(
        f"{hooks.live.url}/cds-services/pa-docs-order-sign", timeout=30,
        headers={"Origin": "https://ehr.example", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization, content-type"},
    )  # fmt: skip
    assert answer.status_code == 200
    assert answer.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in answer.headers["Access-Control-Allow-Methods"]
    assert "Authorization" in answer.headers["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Credentials" not in answer.headers


def test_order_sign_names_the_gaps_the_app_finds(hooks, sandbox_ehr):
    card = _only_card(hooks.send(hooks.call("order-sign", "lmri-gapped")))
    # The same record, read and scored the way a launched check does it.
    token = sandbox_ehr.token("plain", patient="lmri-gapped")
    record = fetch_patient_record(FhirClient(sandbox_ehr.base("plain"), StaticToken(token)),
                                  "lmri-gapped",
                                  order_ref="ServiceRequest/lmri-gapped-order")
    report = score_bundle(record.bundle, service="72148", as_of=dt.date(2026, 11, 22))
    gaps = [i for i in report["items"] if i["required"] and i["status"] in ("missing", "partial")]
    assert report["state"] == "not_ready" and gaps
    assert card["indicator"] == "warning"
    assert card["summary"].startswith(f"{len(gaps)} required gap")
    assert len(card["summary"]) < 140
    for item in gaps:
        assert item["title"] in card["detail"]
    link = card["links"][0]
    assert link["type"] == "smart" and link["url"] == f"{hooks.live.url}/launch"
    assert json.loads(link["appContext"]) == {"order": "ServiceRequest/lmri-gapped-order"}
    assert card["source"]["label"] and card["uuid"]


def test_order_sign_on_a_complete_record_is_an_info_card(hooks):
    card = _only_card(hooks.send(hooks.call("order-sign", "lmri-complete")))
    assert card["indicator"] == "info"
    assert card["summary"].startswith(("Prior-auth documentation complete",
                                       "Required documentation complete"))  # fmt: skip


def test_order_select_without_prefetch_reads_the_record_itself(hooks):
    full = _only_card(hooks.send(hooks.call("order-select", "lmri-gapped")))
    fetched = _only_card(hooks.send(hooks.call("order-select", "lmri-gapped", prefetch="none")))
    partial = _only_card(hooks.send(hooks.call("order-sign", "lmri-gapped", prefetch="partial")))
    assert full["summary"] == fetched["summary"] == partial["summary"]
    assert full["indicator"] == fetched["indicator"] == partial["indicator"] == "warning"


def test_a_second_call_for_the_same_chart_reads_no_note_again(hooks, sandbox_faults):
    def binary_reads() -> int:
        log = sandbox_faults.admin("GET", "requests").json()
        return sum(str(entry["path"]).startswith("Binary/") for entry in log)

    first = _only_card(hooks.send(hooks.call("order-select", "lmri-bulk")))
    read = binary_reads()
    assert read > 0
    second = _only_card(hooks.send(hooks.call("order-sign", "lmri-bulk")))
    assert binary_reads() == read
    assert second["summary"] == first["summary"]


def test_partial_prefetch_without_fhir_access_is_never_ready(hooks):
    call = hooks.call("order-sign", "lmri-complete", prefetch="partial", authorize=False)
    card = _only_card(hooks.send(call))
    assert card["indicator"] == "warning"
    assert "not checked" in card["summary"] or "could not be checked" in card["detail"]


def test_a_fhir_server_not_registered_for_the_ehr_gets_no_token(hooks, sandbox_faults):
    call = hooks.call("order-sign", "lmri-complete", prefetch="partial")
    call["body"]["fhirServer"] = "http://127.0.0.1:9/fhir"
    card = _only_card(hooks.send(call))
    assert card["indicator"] == "warning"  # only what was prefetched: never "ready"


def test_a_check_past_the_deadline_answers_could_not_check_not_a_timeout(hooks):
    call = hooks.call("order-sign", "lmri-complete", prefetch="none")
    hooks.live.app.config["HOOK_DEADLINE_SECONDS"] = 0.001
    try:
        card = _only_card(hooks.send(call))
    finally:
        hooks.live.app.config["HOOK_DEADLINE_SECONDS"] = 60
    assert card["indicator"] == "warning"
    assert card["summary"] == "Could not check the documentation for this order"
    order = json.loads(card["links"][0]["appContext"])["order"]
    assert order == "ServiceRequest/lmri-complete-order"


def _refused(response: requests.Response) -> None:
    assert response.status_code == 401, response.text[:300]
    assert response.json()["reference"]
    assert "cards" not in response.json()


def test_a_call_without_a_jwt_is_refused(hooks):
    call = hooks.call("order-sign", "lmri-gapped", prefetch="none")
    _refused(requests.post(call["url"], json=call["body"], timeout=30))


def _claims(compact: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(compact.split(".")[1] + "=="))


def test_a_forged_signature_is_refused(hooks):
    call = hooks.call("order-sign", "lmri-gapped", prefetch="none")
    own = ECKey.generate_key("P-384", auto_kid=True)  # the right claims, someone else's key
    forged = jwt.encode({"alg": "ES384", "kid": own.kid}, _claims(call["jwt"]), own,
                        algorithms=["ES384"])  # fmt: skip
    _refused(hooks.send(call, forged))


def test_an_expired_jwt_is_refused(hooks):
    call = hooks.call("order-sign", "lmri-gapped", prefetch="none")
    _refused(hooks.send(call, hooks.jwt(call["url"], lifetime=-120)))


def test_a_jwt_living_longer_than_five_minutes_is_refused(hooks):
    call = hooks.call("order-sign", "lmri-gapped", prefetch="none")
    _refused(hooks.send(call, hooks.jwt(call["url"], lifetime=3600)))


def test_a_replayed_jwt_is_refused(hooks):
    call = hooks.call("order-sign", "lmri-gapped", prefetch="partial")
    assert hooks.send(call).status_code == 200
    _refused(hooks.send(call))


def test_a_jwt_for_another_service_is_refused(hooks):
    call = hooks.call("order-sign", "lmri-gapped", prefetch="none")
    other = call["url"].replace("order-sign", "order-select")
    _refused(hooks.send(call, hooks.jwt(other)))


def test_an_unlisted_issuer_is_refused(hooks):
    call = hooks.call("order-sign", "lmri-gapped", prefetch="none")
    _refused(hooks.send(call, hooks.jwt(call["url"], iss="https://ehr.attacker.example")))


def test_a_jku_the_app_did_not_register_is_never_fetched(hooks):
    call = hooks.call("order-sign", "lmri-gapped", prefetch="none")
    own = ECKey.generate_key("P-384", auto_kid=True)
    header = {"alg": "ES384", "kid": own.kid, "jku": "https://keys.attacker.example/jwks.json"}
    _refused(hooks.send(call, jwt.encode(header, _claims(call["jwt"]), own, algorithms=["ES384"])))


def test_feedback_records_an_override_with_its_reason(hooks):
    call = hooks.call("order-sign", "lmri-gapped", prefetch="partial")
    card = _only_card(hooks.send(call))
    url = call["url"] + "/feedback"
    reason = card["overrideReasons"][0]
    body = {"feedback": [{"card": card["uuid"], "outcome": "overridden",
                          "overrideReason": {"reason": reason, "userComment": "PT notes scanned"},
                          "outcomeTimestamp": "2026-11-22T10:00:00Z"}]}  # fmt: skip
    answer = requests.post(url, json=body, timeout=30,
                           headers={"Authorization": f"Bearer {hooks.jwt(url)}"})  # fmt: skip
    assert answer.status_code == 200, answer.text[:300]
    with session_factory(hooks.live.app)() as db:
        event = db.query(AuditEvent).filter(AuditEvent.action == "hook_card_overridden").one()
    assert event.patient_ref == "Patient/lmri-gapped"
    assert event.detail["order"] == "ServiceRequest/lmri-gapped-order"
    assert event.detail["reason"] == reason["code"]
    assert event.detail["comment"] == "PT notes scanned"
    unknown = {"feedback": [{"card": "not-a-card", "outcome": "accepted"}]}
    answer = requests.post(url, json=unknown, timeout=30,
                           headers={"Authorization": f"Bearer {hooks.jwt(url)}"})  # fmt: skip
    assert answer.status_code == 400
