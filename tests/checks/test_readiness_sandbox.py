"""Each readiness state from a real launch against the sandbox EHR (issue 12), when the EHR grants
less than the app asks for: a withheld type, a SMART v2 scope narrowed by a filter
(``patient/Observation.rs?category=vital-signs``), no clinical scope at all, and no order to
check. What could not be checked is named and keeps the check "Incomplete", never "Ready"."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pytest
import requests

from smartapp.launch.access import CLINICAL_TYPES

pytestmark = pytest.mark.sandbox
VITALS = {"Observation": "category=vital-signs"}


def checked(served, browser: requests.Session) -> tuple[str, dict]:
    html = served.wait_for_report(browser, timeout=120)
    run_id = re.search(r"/checks/([\w-]+)/report\.json", html)[1]
    return html, browser.get(f"{served.url}/checks/{run_id}/report.json", timeout=30).json()


def statuses(report: dict) -> dict[str, str]:
    return {item["id"]: item["status"] for item in report["items"]}


def headline(html: str) -> str:
    return re.search(r'class="readiness-word"[^>]*>([^<]+)<', html)[1]


def test_a_complete_record_is_ready_and_a_withheld_type_makes_it_incomplete(served):
    _, full = checked(served, served.launch("lmri-complete", "lmri-complete-order"))
    assert full["state"] == "ready" and full["readiness"] == 100
    html, report = checked(served, served.launch("lmri-complete", "lmri-complete-order",
                                                 withhold=["Coverage"]))  # fmt: skip
    assert statuses(report)["CSU-001"] == "unknown"  # member coverage: could not be checked
    assert report["state"] == "incomplete" and report["readiness"] == 91  # 10 of 11 required
    assert headline(html) == "Incomplete: 1 required item could not be checked"
    gauge = html.split('class="gauge')[1].split("</div>")[0]
    assert "Ready" not in gauge and "Almost" not in gauge and "91/100" in gauge
    box = html.split('id="cannot-check"')[1].split("</section>")[0]
    assert "Insurance coverage" in box and "access not granted by the EHR" in box
    unchecked = html.split('id="unchecked-heading"')[1].split("</section>")[0]
    assert "CSU-001" in unchecked


def test_a_filtered_scope_is_a_partial_read(served):
    """Only vital signs granted: the app searches only them (the sandbox refuses more), and a
    sleep-study item that would be missing is "Could not check" instead."""
    served.sandbox.admin("DELETE", "requests")
    _, full = checked(served, served.launch("cpap-gapped", "cpap-gapped-order"))
    assert statuses(full)["CPAP-001"] == "missing"
    served.sandbox.admin("DELETE", "requests")
    html, report = checked(served, served.launch("cpap-gapped", "cpap-gapped-order",
                                                 narrow=VITALS))  # fmt: skip
    assert statuses(report)["CPAP-001"] == "unknown"  # would be missing: part of it was withheld
    assert report["state"] == "not_ready"  # the other gaps still stand
    assert report["readiness"] <= full["readiness"]
    searches = [r for r in served.sandbox.admin("GET", "requests").json()
                if r["path"] == "Observation"]  # fmt: skip
    assert searches and all(parse_qs(r["query"])["category"] == ["vital-signs"] for r in searches)
    assert all(r["status"] == 200 for r in searches)
    box = html.split('id="cannot-check"')[1].split("</section>")[0]
    assert "partial read" in box and "category=vital-signs" in box


def test_a_complete_record_read_through_a_filtered_scope_is_incomplete(served):
    """Only vital signs and no notes or reports: the AHI (a procedure-category Observation, and
    words in the study's report and the notes) cannot be read anywhere, so it is not checked."""
    withheld = ["DiagnosticReport", "DocumentReference"]
    html, report = checked(served, served.launch("cpap-complete", "cpap-complete-order",
                                                 narrow=VITALS, withhold=withheld))  # fmt: skip
    assert statuses(report)["CPAP-002"] == "unknown"
    assert report["state"] == "incomplete"
    assert headline(html).startswith("Incomplete: ")


def test_no_clinical_scope_says_so(served):
    browser = served.launch("lmri-complete", "lmri-complete-order", withhold=list(CLINICAL_TYPES))
    html = served.wait_for_report(browser, timeout=120)
    alert = html.split('role="alert"')[1].split("</section>")[0]
    assert "The EHR granted no access to clinical data" in alert
    assert "holds no Patient" not in html and "Try again" not in alert


def test_the_service_picker_lists_what_could_not_be_checked(served):
    """No order can be read (ServiceRequest withheld): the user picks the service, and sees the
    same could-not-check list a report shows before choosing."""
    browser = served.launch("lmri-complete", None, withhold=["ServiceRequest"])
    html = served.wait_for_report(browser, timeout=120)
    assert "Choose the service" in html
    box = html.split('id="cannot-check"')[1].split("</section>")[0]
    assert "Orders" in box and "access not granted by the EHR" in box
