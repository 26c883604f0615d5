"""The sandbox "EHR" page over real HTTP: pickers, launch redirect, embedded (iframe) launch,
every seeded patient under its fixed id, the launch encounter, a signed note keeping the order."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests
from oauth_flow import Flow, first_patient_with_order, options, register_client
from scenario_copies import add_device_order, clone_patient

from sandbox import synthetic

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


def test_chart_offers_an_equipment_order_and_launches_on_it(sandbox_ehr):
    patient = clone_patient(sandbox_ehr, "walker-gapped")
    device = add_device_order(sandbox_ehr, patient)
    chart = requests.get(f"{sandbox_ehr.origin}/ehr", params={"patient": patient}, timeout=30)
    assert {f"{patient}-order", device} <= set(options(chart.text, "order"))
    response = launch(sandbox_ehr, tenant="plain", patient=patient, order=device)
    assert response.status_code == 303
    params = {k: v[0] for k, v in parse_qs(urlparse(response.headers["Location"]).query).items()}
    flow = Flow(sandbox_ehr, "plain", register_client(sandbox_ehr, "public"))
    code = flow.code_from(flow.authorize("launch patient/Patient.read", launch=params["launch"]))
    token = flow.exchange(code).json()
    assert token["fhirContext"] == [{"reference": device}]
    # The order's own visit is the launch encounter, as for a ServiceRequest.
    assert token["encounter"] == f"{patient}-visit-phone"


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


def test_every_seeded_patient_is_offered_under_its_fixed_id(sandbox_ehr):
    # Ids come from the seed files (PUT), never from the engine: a worklist row saved before a
    # restart still names the same patient, and no seeded patient goes missing.
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    seeded = {entry["patient"].removeprefix("Patient/") for entry in manifest}
    seeded |= {entry.id for entry in synthetic.ROSTER}
    listed = options(requests.get(f"{sandbox_ehr.origin}/ehr", timeout=30).text, "patient")
    assert seeded <= set(listed)


def test_a_launch_without_an_order_reads_one_page_of_encounters_newest_first(sandbox_ehr):
    encounters = [e["resource"] for e in synthetic.bundle("gen-heavy")["entry"]
                  if e["resource"]["resourceType"] == "Encounter"]  # fmt: skip
    assert len(encounters) > 200  # more than one engine page
    newest = max(encounters, key=lambda e: e["period"]["start"])["id"]
    before = sandbox_ehr.admin("GET", "engine").json()["searches"]
    answer = sandbox_ehr.admin("POST", "launches", {"tenant": "plain", "patient": "gen-heavy"})
    after = sandbox_ehr.admin("GET", "engine").json()["searches"]
    assert answer.status_code == 200 and answer.json()["encounter"] == newest
    # One patient search, one page: paging through every encounter made hundreds of them.
    assert after["narrowed"] - before["narrowed"] == 1


def test_signing_a_note_keeps_the_chosen_order_and_launch_options(sandbox_ehr):
    patient = clone_patient(sandbox_ehr, "walker-gapped")
    form = {"tenant": "epic", "practitioner": "md-whitfield", "patient": patient,
            "order": f"{patient}-order", "author": "md-whitfield", "note_type": "11506-3",
            "date": "2026-11-20", "text": "Gait unsteady; holds on to furniture.",
            "withhold": "Coverage"}  # fmt: skip
    signed = requests.post(f"{sandbox_ehr.origin}/ehr/notes", data=form, allow_redirects=False,
                           timeout=30)  # fmt: skip
    assert signed.status_code == 303
    chart = requests.get(sandbox_ehr.origin + signed.headers["Location"], timeout=30).text
    assert "Note saved to the chart" in chart
    chosen = re.search(r'<option value="([^"]*)" selected>', chart.split('id="order"')[1])
    assert chosen and chosen[1] == f"{patient}-order"
    assert 'value="Coverage" checked' in chart  # the other launch choices stay too
    # The launch fields and the note share one form, so Launch after signing sends the order.
    assert chart.count("<form") == 2 and 'formaction="/ehr/notes"' in chart

    refused = requests.post(f"{sandbox_ehr.origin}/ehr/notes", data={**form, "text": " "},
                            timeout=30)  # fmt: skip
    assert refused.status_code == 400
    chosen = re.search(r'<option value="([^"]*)" selected>', refused.text.split('id="order"')[1])
    assert chosen and chosen[1] == f"{patient}-order"
