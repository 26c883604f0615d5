"""The sandbox "EHR" page over real HTTP: pickers, launch redirect, embedded (iframe) launch."""

from __future__ import annotations

import json
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests
from oauth_flow import Flow, first_patient_with_order, options, register_client

pytestmark = pytest.mark.sandbox

MANIFEST = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios" / "manifest.json"


def launch(peer, **form) -> requests.Response:
    return requests.post(f"{peer.origin}/ehr/launch", data=form, allow_redirects=False, timeout=30)


def test_ehr_page_lists_tenants_users_and_patients(sandbox_ehr):
    page = requests.get(f"{sandbox_ehr.origin}/ehr", timeout=30)
    assert page.status_code == 200
    assert {"plain", "epic", "cerner", "epic-v1"} <= set(options(page.text, "tenant"))
    assert options(page.text, "practitioner")
    assert options(page.text, "patient")
    assert '<label for="patient">' in page.text


@pytest.mark.skipif(not MANIFEST.exists(), reason="scenario manifest not written yet")
def test_scenario_patients_come_first(sandbox_ehr):
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    entries = manifest if isinstance(manifest, list) else manifest.get("scenarios", [])
    scenario_ids = {
        str(e.get("patient_id") or e.get("patient", "")).removeprefix("Patient/") for e in entries
    }
    listed = options(requests.get(f"{sandbox_ehr.origin}/ehr", timeout=30).text, "patient")
    leading = listed[: len(scenario_ids & set(listed))]
    assert set(leading) == scenario_ids & set(listed)


def test_launch_sends_the_browser_to_the_app_with_iss_and_launch(sandbox_ehr):
    patient, order = first_patient_with_order(sandbox_ehr)
    response = launch(sandbox_ehr, tenant="cerner", patient=patient, order=order)
    assert response.status_code == 303
    target = urlparse(response.headers["Location"])
    assert target.path.endswith("/launch")
    params = {k: v[0] for k, v in parse_qs(target.query).items()}
    assert params["iss"] == sandbox_ehr.base("cerner")

    # The launch id works exactly once, on the tenant it was made for.
    flow = Flow(sandbox_ehr, "cerner", register_client(sandbox_ehr, "public"))
    code = flow.code_from(flow.authorize("launch patient/Patient.read", launch=params["launch"]))
    token = flow.exchange(code).json()
    assert token["patient"] == patient
    assert token["fhirContext"] == [{"reference": f"ServiceRequest/{order}"}]
    assert token["need_patient_banner"] is True


def test_embedded_launch_opens_the_app_in_an_iframe(sandbox_ehr):
    patient, _ = first_patient_with_order(sandbox_ehr)
    response = launch(sandbox_ehr, tenant="epic", patient=patient, embedded="on")
    assert response.status_code == 200
    frame_src = unescape(response.text.split('<iframe title="SMART app" src="')[1].split('"')[0])
    params = {k: v[0] for k, v in parse_qs(urlparse(frame_src).query).items()}
    assert params["iss"] == sandbox_ehr.base("epic")
    flow = Flow(sandbox_ehr, "epic", register_client(sandbox_ehr, "public"))
    code = flow.code_from(flow.authorize("launch patient/Patient.read", launch=params["launch"]))
    # Inside the EHR frame the EHR shows the banner, so the app need not.
    assert flow.exchange(code).json()["need_patient_banner"] is False


def test_chart_lists_the_patients_orders(sandbox_ehr):
    patient, order = first_patient_with_order(sandbox_ehr)
    chart = requests.get(f"{sandbox_ehr.origin}/ehr", params={"patient": patient}, timeout=30)
    assert order in options(chart.text, "order")
    assert "" in options(chart.text, "order"), "an order is optional"


@pytest.mark.parametrize(
    "form",
    [
        pytest.param({"tenant": "nosuch"}, id="unknown-tenant"),
        pytest.param({"patient": "no-such-patient"}, id="unknown-patient"),
        pytest.param({"order": "no-such-order"}, id="order-of-nobody"),
        pytest.param({"practitioner": "no-such-user"}, id="unknown-user"),
    ],
)
def test_bad_launch_choices_show_an_error_page(sandbox_ehr, form):
    patient, _ = first_patient_with_order(sandbox_ehr)
    response = launch(sandbox_ehr, **{"tenant": "plain", "patient": patient, **form})
    assert response.status_code == 400
    assert "Location" not in response.headers
