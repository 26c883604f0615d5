"""The appeal packet end to end over real HTTP against the sandbox EHR: a coordinator launched
into the patient's chart saves the check, records the denial, builds the packet from the live
record, downloads the PDF (notes read live) and writes it back as a DocumentReference.

Write-back runs on a copy of the gapped lumbar MRI patient made for the test, so no scenario
patient's record changes for the other tests."""

from __future__ import annotations

import base64
import io
import re
import time

import pytest
import requests
from page_forms import csrf_of
from pypdf import PdfReader
from scenario_copies import clone_patient

from smartapp.db import session_factory
from smartapp.models import AuditEvent

pytestmark = pytest.mark.sandbox

DENIAL = {
    "denial_date": "2026-11-18", "notice_date": "2026-11-19", "plan_type": "medicaid",
    "state": "OH", "review": "pre-service", "codes": "CO-50 N115",
    "reason_text": "Six weeks of conservative treatment not documented",
}  # fmt: skip
#: Said in the gapped note but not in any evidence snippet: only a live read puts it in the PDF.
NOTE_ONLY = "Patient requests imaging"



def denied_request(served, patient: str, tenant: str = "plain") -> tuple[requests.Session, int]:
    """Launch as the PA coordinator into ``patient``, save the check, record the denial."""
    browser = served.launch(patient, f"{patient}-order", practitioner="pa-coordinator",
                            tenant=tenant)  # fmt: skip
    html = served.wait_for_report(browser, timeout=120)
    run_id = re.search(r"/checks/([\w-]+)/save", html)[1]
    saved = browser.post(f"{served.url}/checks/{run_id}/save", timeout=30, allow_redirects=False,
                         data={"csrf_token": csrf_of(html)})  # fmt: skip
    request_id = int(saved.headers["Location"].rsplit("/", 1)[1])
    form = browser.get(f"{served.url}/requests/{request_id}/denial", timeout=30).text
    version = re.search(r'name="version" value="(\d+)"', form)[1]
    recorded = browser.post(f"{served.url}/requests/{request_id}/denial", timeout=30, data={
        "csrf_token": csrf_of(form), "version": version, **DENIAL, "action": "save"})  # fmt: skip
    assert recorded.status_code == 200 and "Denial recorded" in recorded.text
    return browser, request_id


def build_packet(served, browser: requests.Session, request_id: int) -> str:
    """Press "Build appeal packet" and wait for it; returns the packet page URL."""
    page = browser.get(f"{served.url}/requests/{request_id}", timeout=30).text
    assert "Build appeal packet</button>" in page
    started = browser.post(f"{served.url}/requests/{request_id}/packets", timeout=30,
                           data={"csrf_token": csrf_of(page)}, allow_redirects=False)  # fmt: skip
    packet_url = served.url + started.headers["Location"]
    deadline = time.monotonic() + 180
    while (status := browser.get(f"{packet_url}/progress", timeout=30).json()["status"]) == (
        "running"
    ):
        assert time.monotonic() < deadline, "the packet was not built"
        time.sleep(0.3)
    assert status == "done", browser.get(packet_url, timeout=30).text[-1500:]
    return packet_url


def actions(served) -> list[tuple[str, dict]]:
    with session_factory(served.app)() as db:
        return [(e.action, e.detail) for e in db.query(AuditEvent).order_by(AuditEvent.id)]


def test_packet_for_a_denied_gapped_lumbar_mri(served):
    browser, request_id = denied_request(served, "lmri-gapped")
    packet_url = build_packet(served, browser, request_id)
    page = browser.get(packet_url, timeout=30).text
    still_open = page.split('id="lens"')[1].split("Now documented")[0]
    assert "LMRI-003" in still_open  # six weeks of conservative care: still not documented
    packet = browser.get(f"{packet_url}/packet.json", timeout=30).json()
    assert packet["category"] == "medical-necessity" and packet["as_of"] == "2026-11-22"
    assert "LMRI-003" in {item["id"] for item in packet["lens"]["still_open"]}
    claims = [s for p in packet["letter"]["paragraphs"] for s in p["sentences"]
              if s["kind"] == "claim"]  # fmt: skip
    assert claims and all(s["citations"] for s in claims)
    for sentence in claims:  # open items are never claimed (the payer's quoted reason aside)
        if [c["reference"] for c in sentence["citations"]] == ["denial"]:
            continue
        assert not re.search(r"conservative|physical therapy|six weeks", sentence["text"], re.I)
    assert "LMRI-003" in {item["id"] for item in packet["letter"]["open_items"]}
    # The re-run was saved as a new report version of the same request.
    request_page = browser.get(f"{served.url}/requests/{request_id}", timeout=30).text
    versions = request_page.split('id="versions-heading"')[1].split("</ol>")[0]
    assert versions.count("readiness ") == 2
    pdf = browser.get(f"{packet_url}/packet.pdf", timeout=60)
    assert pdf.headers["Content-Type"] == "application/pdf"
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.content)).pages).split()
    )
    assert "Letter of medical necessity" in text and NOTE_ONLY in text  # read live for the PDF
    exported = [detail for action, detail in actions(served) if action == "export_packet_pdf"]
    assert exported[0]["notes_read_live"] >= 1
    assert {"record_denial", "build_packet", "packet_ready", "view_packet",
            "export_packet_json"} <= {action for action, _ in actions(served)}  # fmt: skip


def test_the_packet_pdf_is_written_back_to_the_chart(served):
    patient = clone_patient(served.sandbox, "lmri-gapped")
    browser, request_id = denied_request(served, patient)
    packet_url = build_packet(served, browser, request_id)
    page = browser.get(packet_url, timeout=30).text
    assert "Add the PDF to the patient" in page  # the sandbox grants DocumentReference create
    version = page.split("/write-back")[1].split('name="version" value="')[1].split('"')[0]
    written = browser.post(f"{packet_url}/write-back", timeout=60,
                           data={"csrf_token": csrf_of(page), "version": version})  # fmt: skip
    assert written.status_code == 200
    created = re.search(r"chart as DocumentReference/([\w.-]+)\.", written.text)
    assert created, written.text.split("<main")[1][:600]
    token = served.sandbox.token("plain", None, scope="system/DocumentReference.read")
    stored = requests.get(f"{served.sandbox.base('plain')}/DocumentReference/{created[1]}",
                          headers={"Authorization": f"Bearer {token}"}, timeout=30).json()
    assert stored["subject"]["reference"].endswith(f"Patient/{patient}")
    assert stored["author"] == [{"reference": "Practitioner/pa-coordinator"}]
    assert "appeal packet" in stored["description"]
    pdf = base64.b64decode(stored["content"][0]["attachment"]["data"])
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Letter of medical necessity" in text and NOTE_ONLY in text
    written_back = [d for a, d in actions(served) if a == "write_back_packet"]
    assert written_back == [{"packet": int(packet_url.rsplit("/", 1)[1]),
                             "document": f"DocumentReference/{created[1]}",
                             "notes_read_live": written_back[0]["notes_read_live"]}]  # fmt: skip
