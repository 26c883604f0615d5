"""The clinician's loop over real HTTP: the app shows a gap, the clinician signs a note in the
sandbox EHR's chart, presses Re-check, and the gap is closed with the new note as its evidence.

Runs on a copy of the gapped lumbar MRI patient (tests/scenario_copies.py), so the shared
scenario patient keeps its gaps for the other tests."""

from __future__ import annotations

import re

import pytest
import requests
from page_forms import csrf_of
from scenario_copies import clone_patient

pytestmark = pytest.mark.sandbox

FIX = (
    "Follow-up visit. Low back pain limits his work as a warehouse loader: he cannot lift more "
    "than 10 lb and cannot walk more than two blocks.\n\n"
    "Exam: straight leg raise positive on the left at 40 degrees, strength 5/5, reflexes 2+ "
    "and symmetric, sensation intact."
)


def report_of(served, browser: requests.Session, html: str) -> tuple[str, dict]:
    run_id = re.search(r"/checks/([\w-]+)/report\.json", html)[1]
    report = browser.get(f"{served.url}/checks/{run_id}/report.json", timeout=30).json()
    return run_id, {item["id"]: item for item in report["items"]}


def sign_note(sandbox, patient: str, **fields: str) -> requests.Response:
    form = {"tenant": "plain", "patient": patient, "practitioner": "md-whitfield",
            "note_type": "11506-3", "date": "2026-11-20", "text": FIX, **fields}  # fmt: skip
    return requests.post(f"{sandbox.origin}/ehr/notes", data=form, timeout=30,
                         allow_redirects=False)  # fmt: skip


def test_a_note_signed_in_the_ehr_closes_the_gap_on_recheck(served):
    patient = clone_patient(served.sandbox, "lmri-gapped")
    browser = served.launch(patient, f"{patient}-order")
    html = served.wait_for_report(browser)
    first_run, items = report_of(served, browser, html)
    assert items["LMRI-006"]["status"] == "missing"  # functional limitation

    signed = sign_note(served.sandbox, patient)
    assert signed.status_code == 303
    document_id = re.search(r"note=([\w.-]+)", signed.headers["Location"])[1]
    chart = requests.get(served.sandbox.origin + signed.headers["Location"], timeout=30).text
    assert f"Note saved to the chart (DocumentReference/{document_id})" in chart
    assert "2026-11-20 — Progress note" in chart

    rechecked = browser.post(f"{served.url}/checks", data={"csrf_token": csrf_of(html)},
                             timeout=30)  # fmt: skip
    assert rechecked.status_code == 200
    second_run, items = report_of(served, browser, served.wait_for_report(browser))
    assert second_run != first_run
    functional = items["LMRI-006"]
    assert functional["status"] == "met"
    cited = [e["reference"] for e in functional["evidence"]]
    assert any(ref.startswith(f"DocumentReference/{document_id}") for ref in cited), cited


def notes_listed(sandbox, patient: str) -> int:
    chart = requests.get(f"{sandbox.origin}/ehr", params={"patient": patient}, timeout=30).text
    return chart.split('<ul class="notes">')[1].split("</ul>")[0].count("DocumentReference/")


def test_a_note_the_ehr_will_not_store_keeps_its_text(served):
    patient = clone_patient(served.sandbox, "lmri-gapped")
    before = notes_listed(served.sandbox, patient)
    assert before >= 1  # the copied patient's own notes
    refused = sign_note(served.sandbox, patient, date="20/11/2026")
    assert refused.status_code == 400
    assert "Note not saved: Give the note&#39;s date as YYYY-MM-DD." in refused.text
    assert "straight leg raise positive" in refused.text  # the draft is shown again
    empty = sign_note(served.sandbox, patient, text="   ")
    assert empty.status_code == 400 and "The note is empty" in empty.text
    stranger = sign_note(served.sandbox, "no-such-patient")
    assert stranger.status_code == 400 and "Unknown patient." in stranger.text
    assert notes_listed(served.sandbox, patient) == before
