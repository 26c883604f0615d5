"""An equipment order (DeviceRequest) end to end over real HTTP: the sandbox EHR drafts it, the
order-sign card names it, and the card's SMART link launches the app on that order, not on the
patient's ServiceRequest."""

from __future__ import annotations

import json
import re
import time
from html import unescape

import requests
from scenario_copies import add_device_order, clone_patient

from smartapp.db import session_factory
from smartapp.models import AppSession, CheckRun


def _sign_at_the_order_screen(hooks, patient: str, order: str) -> dict[str, str]:
    """Sign ``order`` on the sandbox EHR's order screen; the one card's launch form fields."""
    form = {"hook": "order-sign", "tenant": "plain", "patient": patient, "order": order}
    chart = requests.post(f"{hooks.sandbox.origin}/ehr/order", data=form, timeout=120)
    assert chart.status_code == 200, chart.text[:400]
    [card] = re.findall(r'<form method="post" action="/ehr/card-launch">(.*?)</form>', chart.text,
                        re.S)  # fmt: skip
    return {name: unescape(value)
            for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', card)}  # fmt: skip


def _card_launch(hooks, fields: dict[str, str]) -> tuple[requests.Session, str]:
    """Click the card's link at the sandbox EHR; follow the launch to the app's page; returns
    the browser session once the check is no longer running, and that page's HTML."""
    browser = requests.Session()
    page = browser.post(f"{hooks.sandbox.origin}/ehr/card-launch", data=fields, timeout=30)
    assert page.status_code == 200 and page.url.startswith(hooks.live.url), page.text[:400]
    deadline = time.monotonic() + 120
    while 'id="progress"' in page.text and time.monotonic() < deadline:
        time.sleep(0.3)
        page = browser.get(f"{hooks.live.url}/patient", timeout=30)
    return browser, page.text


def test_a_device_request_card_launches_the_app_on_that_order(hooks):
    patient = clone_patient(hooks.sandbox, "walker-gapped")
    device = add_device_order(hooks.sandbox, patient)
    # The exact call the EHR sends (also warms the app: its first check loads the note reader).
    answer = hooks.send(hooks.call("order-sign", patient, orders=[device]))
    assert answer.status_code == 200, answer.text[:400]
    [card] = answer.json()["cards"]
    assert json.loads(card["links"][0]["appContext"]) == {"order": device}
    assert card["indicator"] == "warning"

    fields = _sign_at_the_order_screen(hooks, patient, device)
    assert json.loads(fields["appContext"]) == {"order": device}
    browser, html = _card_launch(hooks, fields)
    launched = hooks.live.record(hooks.live.session_id(browser))
    assert "patient/DeviceRequest.rs" in launched.granted_scope.split()
    assert launched.fhir_context[0] == {"reference": device}
    with session_factory(hooks.live.app)() as db:
        run = db.query(CheckRun).filter(CheckRun.session_id == launched.id).one()
    assert run.order_ref == device
    assert run.status == "done", run.error
    # The order read and scored is the DeviceRequest, not the ServiceRequest beside it.
    assert run.report["order"]["reference"] == device
    assert run.counts.get("DeviceRequest") == 1
    assert "HCPCS E0143" in html


def test_a_withheld_device_request_order_reads_could_not_check(hooks):
    patient = clone_patient(hooks.sandbox, "walker-gapped")
    device = add_device_order(hooks.sandbox, patient)
    body = {"tenant": "plain", "patient": patient, "order": device,
            "withhold": ["DeviceRequest"]}  # fmt: skip
    context = hooks.sandbox.admin("POST", "launches", body)
    assert context.status_code == 200, context.text[:300]
    assert context.json()["fhirContext"] == [{"reference": device}]
    browser = requests.Session()
    page = browser.get(f"{hooks.live.url}/launch", timeout=30,
                       params={"iss": context.json()["iss"], "launch": context.json()["launch"]})
    deadline = time.monotonic() + 120
    while 'id="progress"' in page.text and time.monotonic() < deadline:
        time.sleep(0.3)
        page = browser.get(f"{hooks.live.url}/patient", timeout=30)
    html = page.text
    # Never "no order" (a false missing), and never a check of the ServiceRequest beside it.
    assert "The order under review (DeviceRequest) could not be checked" in html
    assert "equipment orders" in html
    assert "No draft or active order" not in html
    with session_factory(hooks.live.app)() as db:
        launched = db.get(AppSession, hooks.live.session_id(browser))
        run = db.query(CheckRun).filter(CheckRun.session_id == launched.id).one()
    assert run.order_ref == device and run.status == "needs_service" and run.report is None
    unread = {(w["resource_type"], w["reason"]) for w in run.could_not_check}
    assert ("DeviceRequest", "forbidden") in unread
