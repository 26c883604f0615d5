"""The check a launch lands on, end to end over real HTTP against the sandbox EHR: progress,
the report, evidence, re-check, choosing a service, and what happens when things go wrong."""

from __future__ import annotations

import re

import pytest
import requests
from page_forms import csrf_of
from scenario_copies import clone_patient

pytestmark = pytest.mark.sandbox


def evidence_links(html: str) -> list[str]:
    found = re.findall(r'href="(/checks/[^"]+/evidence/[^"]+)"', html)
    return [link.replace("&amp;", "&") for link in found]


def test_gapped_lumbar_mri_shows_its_gaps_by_denial_reason(served):
    browser = served.launch("lmri-gapped", "lmri-gapped-order")
    html = served.wait_for_report(browser)
    assert 'class="patient-banner"' in html and "Derek Halloran" in html
    assert "CPT 72148" in html and "Checklist: Lumbar spine MRI (advanced imaging)" in html
    gaps = html.split('id="gaps-heading"')[1].split('id="documented-heading"')[0]
    assert "Would be denied for lack of medical necessity" in gaps
    assert "LMRI-003" in gaps and "What to add:" in gaps
    assert 'id="readiness"' in html and "/100" in html
    assert "What was read from the EHR" in html and "<td>Clinical notes</td>" in html


def test_complete_lumbar_mri_has_no_required_gap(served):
    html = served.wait_for_report(served.launch("lmri-complete", "lmri-complete-order"))
    assert "No required element is missing." in html
    assert "Ready to submit" in html and "100/100" in html


def test_progress_is_polled_as_json_until_done(served):
    browser = served.launch("tka-gapped", "tka-gapped-order")
    page = browser.get(f"{served.url}/patient", timeout=30).text
    run_id = re.search(r"/checks/([\w-]+)/", page)[1]
    served.wait_for_report(browser)
    progress = browser.get(f"{served.url}/checks/{run_id}/progress", timeout=30).json()
    assert progress["status"] == "done"
    assert progress["progress"]["searches_done"] == progress["progress"]["searches_total"] > 0


def test_a_cited_note_opens_with_the_passage_highlighted(served):
    browser = served.launch("lmri-complete", "lmri-complete-order")
    html = served.wait_for_report(browser)
    item = html.split('id="item-LMRI-003"')[1].split("</article>")[0]
    link = next(link for link in evidence_links(item) if "at=" in link)
    note = browser.get(served.url + link, timeout=30)
    assert note.status_code == 200
    cited = re.search(r'<mark id="cited"[^>]*>([^<]+)</mark>', note.text)[1]
    assert cited.lower() in ("physical therapy", "naproxen", "home exercise")
    assert "Back to the report" in note.text


def test_hostile_note_html_is_shown_as_inert_text(served):
    browser = served.launch("lmri-bulk", "lmri-bulk-order")
    served.wait_for_report(browser)
    run_id = re.search(r"/checks/([\w-]+)/", browser.get(f"{served.url}/patient").text)[1]
    page = browser.get(
        f"{served.url}/checks/{run_id}/evidence/DocumentReference/lmri-bulk-note-40", timeout=30)
    assert page.status_code == 200 and 'class="note-text"' in page.text
    note = page.text.split('class="note-text"')[1].split("</div>")[0]
    assert "<script" not in note and "<img" not in note and "onerror" not in note
    assert "attacker.invalid" not in page.text and "javascript:" not in page.text


def test_a_note_older_than_every_window_is_listed_not_read_and_shown_not_fetched(served):
    """Issue 19: lmri-bulk's notes before 2025-11-17 (a year before the order) are not fetched."""
    browser = served.launch("lmri-bulk", "lmri-bulk-order")
    html = served.wait_for_report(browser)
    assert ("<code>DocumentReference/lmri-bulk-note-00</code> not read: older than every "
            "lookback window (2024-12-10)") in html  # fmt: skip
    assert "could not be read" not in html
    run_id = re.search(r"/checks/([\w-]+)/", browser.get(f"{served.url}/patient").text)[1]
    page = browser.get(
        f"{served.url}/checks/{run_id}/evidence/DocumentReference/lmri-bulk-note-07", timeout=30)
    assert page.status_code == 200 and 'class="note-text"' not in page.text
    assert "not fetched (older than every lookback window): dated 2025-03-25" in page.text


def test_another_patients_record_is_never_shown(served):
    browser = served.launch("lmri-gapped", "lmri-gapped-order")
    served.wait_for_report(browser)
    run_id = re.search(r"/checks/([\w-]+)/", browser.get(f"{served.url}/patient").text)[1]
    for path in ("Condition/lmri-complete-dx-radiculopathy",
                 "DocumentReference/lmri-complete-note-follow-up", "Patient/lmri-complete"):
        page = browser.get(f"{served.url}/checks/{run_id}/evidence/{path}", timeout=30)
        assert page.status_code == 404, path
        assert "Marisol" not in page.text


def test_no_order_means_choose_the_service_then_the_check_runs(served):
    # A generated patient with years of notes but no open order (sandbox/synthetic/roster.py).
    browser = served.launch("gen-backpain")
    html = served.wait_for_report(browser)
    assert "No draft or active order with a CPT/HCPCS code" in html
    assert "Choose the service" in html
    response = browser.post(f"{served.url}/checks",
                            data={"csrf_token": csrf_of(html), "service": "72148"}, timeout=30)
    assert response.status_code == 200
    html = served.wait_for_report(browser)
    assert "CPT 72148" in html and 'id="gaps-heading"' in html


def test_an_unsupported_service_is_refused_clearly(served):
    browser = served.launch("lmri-gapped", "lmri-gapped-order")
    html = served.wait_for_report(browser)
    refused = browser.post(f"{served.url}/checks",
                           data={"csrf_token": csrf_of(html), "service": "99213"}, timeout=30)
    assert refused.status_code == 400 and "No CareSource checklist covers" in refused.text


def test_recheck_scores_another_service(served):
    browser = served.launch("walker-gapped", "walker-gapped-order")
    html = served.wait_for_report(browser)
    assert "HCPCS E0143" in html
    browser.post(f"{served.url}/checks", data={"csrf_token": csrf_of(html), "service": "E0601"},
                 timeout=30)
    assert "HCPCS E0601" in served.wait_for_report(browser)


def test_scopes_the_ehr_withholds_become_could_not_check(served):
    html = served.wait_for_report(served.launch("cpap-complete", "cpap-complete-order",
                                                tenant="cerner"))
    warnings = html.split('id="cannot-check"')[1].split("</section>")[0]
    assert "Insurance coverage" in warnings and "access not granted" in warnings
    assert "Could not check" in html.split('id="item-CSU-001"')[1].split("</h3>")[0]


def test_a_revoked_session_says_relaunch(served):
    browser = served.launch("lmri-gapped", "lmri-gapped-order", tenant="plain-v1")
    html = served.wait_for_report(browser)
    served.sandbox.admin("POST", "tokens/revoke", {"tenant": "plain-v1"}).raise_for_status()
    response = browser.post(f"{served.url}/checks", data={"csrf_token": csrf_of(html)},
                            timeout=30)
    assert response.status_code == 401
    assert "Your session has expired" in response.text and "Relaunch" in response.text


def test_the_report_is_written_back_to_the_chart(served):
    # A copy of the patient: the written document must not change the shared scenario's record.
    patient = clone_patient(served.sandbox, "walker-complete")
    browser = served.launch(patient, f"{patient}-order")
    html = served.wait_for_report(browser)
    assert "Add report to the chart" in html  # the sandbox granted DocumentReference create
    run_id = re.search(r"/checks/([\w-]+)/", html)[1]
    page = browser.post(f"{served.url}/checks/{run_id}/writeback",
                        data={"csrf_token": csrf_of(html)}, timeout=60)
    assert page.status_code == 200
    created = re.search(r"added to the chart \(DocumentReference/([\w.-]+)\)", page.text)[1]
    token = served.sandbox.token("plain", patient=patient)
    document = requests.get(f"{served.sandbox.base('plain')}/DocumentReference/{created}",
                            headers={"Authorization": f"Bearer {token}",
                                     "Accept": "application/fhir+json"}, timeout=30).json()
    assert document["subject"]["reference"] == f"Patient/{patient}"
    assert document["content"][0]["attachment"]["contentType"] == "application/pdf"
    pdf = browser.get(f"{served.url}/checks/{run_id}/report.pdf", timeout=60)
    assert pdf.headers["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    exported = browser.get(f"{served.url}/checks/{run_id}/report.json", timeout=60)
    report = exported.json()
    assert report["patient"] == f"Patient/{patient}" and report["items"]
    name = f"gap-report-{report['service']['code']}-{report['as_of']}.json"
    assert exported.headers["Content-Disposition"] == f'attachment; filename="{name}"'
