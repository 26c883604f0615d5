"""A clinician's attestations in the report's downloads, as on its pages: the check page's and a
saved report's PDF (read back with pypdf, as tests/appeals/test_pdf.py reads PDFs) and JSON
carry "Attested by X on date: answer (… still missing from the record)" on the answered item,
whose status and the report's readiness stay as scored; a report with no attestation downloads
byte for byte as before attestations were carried."""

from __future__ import annotations

import io
import json
import re

import fpdf
import pytest
from attest_helpers import CLINICIAN, attest, save
from pypdf import PdfReader
from report_actors import person

from smartapp.db import session_factory
from smartapp.exports import gap_report_pdf
from smartapp.models import TrackedRequest
from smartapp.people import remember
from smartapp.questionnaires.in_report import attested_report

STILL_MISSING = "(an attestation, not record evidence: still missing from the record)"
#: How the pages write the line (templates/checks/_report.html): who, the date, the answer.
SHOWN = re.compile(r"Attested by <bdi>([^<]+)</bdi> on (\d{4}-\d{2}-\d{2}):</strong>\s*(\S+)")


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
                    .split())  # fmt: skip


def page_line(html: str) -> str:
    """The attestation line of LMRI-004 as the page shows it, in plain words."""
    card = html.split('id="item-LMRI-004"')[1].split("</article>")[0]
    who, day, answer = SHOWN.search(card).groups()
    return f"Attested by {who} on {day}: {answer} {STILL_MISSING}"


def downloads(client, base: str) -> tuple[dict, str]:
    exported = client.get(f"{base}/report.json")
    assert exported.status_code == 200 and exported.mimetype == "application/json"
    pdf = client.get(f"{base}/report.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF-")
    return exported.json, pdf_text(pdf.data)


def assert_carried(report: dict, text: str, line: str, scored: dict) -> None:
    """The download's JSON and PDF say what the page says; nothing else changed."""
    assert line in text
    assert text.count("Attested by") == 1  # only the answered item
    item = next(i for i in report["items"] if i["id"] == "LMRI-004")
    said = item["attestation"]
    assert set(said) == {"by", "by_name", "role", "author", "at", "text", "value"}
    assert said["by"] == person(CLINICIAN) and said["author"] == CLINICIAN
    assert (said["role"], said["text"], said["value"]) == ("clinician", "Yes",
                                                          {"valueBoolean": True})  # fmt: skip
    assert said["at"][:10] in line
    # An attestation is not record evidence: the item and the verdict stay as scored.
    assert item["status"] == "missing"
    assert [i["status"] for i in report["items"]] == [i["status"] for i in scored["items"]]
    for field in ("readiness", "state", "headline", "readiness_detail"):
        assert report[field] == scored[field]
    assert [i for i in report["items"] if "attestation" in i] == [item]
    assert {k: v for k, v in item.items() if k != "attestation"} == next(
        i for i in scored["items"] if i["id"] == "LMRI-004")


def test_the_check_pages_pdf_and_json_carry_its_attestations(app, actors):
    client = app.test_client()
    clinician = actors.session(CLINICIAN)
    run = actors.run(clinician, "lmri-gapped")
    actors.sign_in(client, clinician)
    attest(client, run.id, **{"LMRI-004": "yes"})
    line = page_line(client.get(f"/checks/{run.id}").text)
    assert line.startswith("Attested by md-whitfield (clinician) on ")  # no name learnt yet
    report, text = downloads(client, f"/checks/{run.id}")
    assert_carried(report, text, line, run.report)


def test_a_saved_reports_pdf_and_json_carry_its_checks_attestations(app, actors):
    client = app.test_client()
    clinician = actors.session(CLINICIAN)
    with app.app_context(), session_factory(app)() as db:
        remember(person(CLINICIAN), "Dr. Ana Whitfield", db)
    run = actors.run(clinician, "lmri-gapped")
    actors.sign_in(client, clinician)
    request_id = save(client, run.id)
    attest(client, run.id, **{"LMRI-004": "yes"})  # after the save: the saved report shows it
    line = page_line(client.get(f"/requests/{request_id}").text)
    assert line.startswith("Attested by Dr. Ana Whitfield (clinician) on ")
    with session_factory(app)() as db:
        saved_id = db.get(TrackedRequest, request_id).latest_report_id
    base = f"/requests/{request_id}/reports/{saved_id}"
    report, text = downloads(client, base)
    assert_carried(report, text, line, run.report)
    assert report["items"][[i["id"] for i in report["items"]].index("LMRI-004")][
        "attestation"]["by_name"] == "Dr. Ana Whitfield"
    # The check page's downloads say the same.
    assert downloads(client, f"/checks/{run.id}")[1] == text


@pytest.fixture
def fixed_pdf_date(monkeypatch):
    """PDFs stamp the moment they are made: pinned, so two renderings can be compared."""
    pinned = fpdf.FPDF().creation_date
    original = fpdf.FPDF.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.creation_date = pinned

    monkeypatch.setattr(fpdf.FPDF, "__init__", init)


def test_a_report_without_attestations_downloads_byte_for_byte_as_before(app, actors,
                                                                          fixed_pdf_date):
    client = app.test_client()
    clinician = actors.session(CLINICIAN)
    other, run = actors.run(clinician, "lmri-gapped"), actors.run(clinician, "lmri-gapped")
    actors.sign_in(client, clinician)
    attest(client, other.id, **{"LMRI-004": "yes"})  # another check's answer: not this report's
    request_id = save(client, run.id)
    with session_factory(app)() as db:
        saved_id = db.get(TrackedRequest, request_id).latest_report_id
    # Before: the report as scored (no overrides), dumped and rendered as it was.
    before_json = json.dumps(run.report, indent=2, ensure_ascii=False).encode()
    before_pdf = gap_report_pdf(run.report)
    for base in (f"/checks/{run.id}", f"/requests/{request_id}/reports/{saved_id}"):
        assert client.get(f"{base}/report.json").data == before_json
        assert client.get(f"{base}/report.pdf").data == before_pdf
    assert attested_report(run.report, None) is run.report
