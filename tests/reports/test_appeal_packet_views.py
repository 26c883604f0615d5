"""The appeal packet page (packet stored as a build stores it): lenses, documents, checklist ticks,
the editable letter whose citations survive edits, the P2P sheet, exports without a launch into
the patient, the build's preconditions, and a build that cannot reach the EHR."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest
import yaml
from appeal_helpers import AS_OF, CLINICIAN, COORDINATOR, csrf_of, record_denial, store_packet
from pypdf import PdfReader
from report_actors import save

from smartapp import create_app
from smartapp.appeals import Denial, build_packet
from smartapp.checklists.golden import build_bundle
from smartapp.db import session_factory
from smartapp.models import AppealPacket, AuditEvent, SavedReport

GOLDEN = Path(__file__).resolve().parents[1] / "appeals" / "golden"


@pytest.fixture
def app(tmp_path):
    return create_app({
        "TESTING": True, "SECRET_KEY": "test-secret", "COOKIE_MODE": "local-http",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'packets.sqlite3'}",
        "COORDINATORS": {"sandbox-plain": [COORDINATOR]}, "AS_OF": AS_OF,
    })  # fmt: skip


@pytest.fixture
def denied(client, actors):
    """A denied gapped lumbar MRI; the coordinator's launch has no patient chart open."""
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "Derek Halloran")
    actors.sign_in(client, actors.session(COORDINATOR, patient=None))
    assert record_denial(client, request_id).status_code == 302
    return request_id


@pytest.fixture
def packet(app, denied):
    return denied, store_packet(app, denied)


def url(ids, suffix=""):
    return f"/requests/{ids[0]}/packets/{ids[1]}{suffix}"


def post_form(client, ids, suffix, fields):
    page = client.get(url(ids)).text
    section = page.split(f'action="{url(ids, suffix)}"')[1]
    version = section.split('name="version" value="')[1].split('"')[0]
    data = {"csrf_token": csrf_of(page), "version": version, **fields}
    return client.post(url(ids, suffix), data=data)


def exported(client, ids):
    response = client.get(url(ids, "/packet.json"))
    assert response.headers["Content-Disposition"].startswith("attachment")
    return json.loads(response.data)


def audit(app, action):
    with session_factory(app)() as db:
        return [e.detail for e in db.query(AuditEvent).filter(AuditEvent.action == action)]


def test_the_packet_page_shows_every_part(app, client, packet):
    page = client.get(url(packet))
    assert page.status_code == 200
    html = page.text
    lens = html.split('id="lens"')[1].split("</section>")[0]
    still_open = lens.split("Still open")[1].split("Now documented")[0]
    assert "LMRI-003" in still_open and "Not claimed in the letter" in still_open
    assert "Coding check: 72148" in html and "No coding mismatch found" in html
    documents = html.split('id="attachments"')[1].split("</section>")[0]
    assert "DocumentReference/lmri-gapped-note-acute" in documents and "cited for" in documents
    checklist = html.split('id="checklist"')[1].split("</section>")[0]
    assert 'name="tick" value="progress-notes"' in checklist and "member" in checklist.lower()
    letter = html.split('id="letter"')[1].split("</section>")[0]
    assert 'name="sentence-opening-1"' in letter
    opening = letter.split('id="sentence-opening-1"')[1].split("</div>\n      </div>")[0]
    assert "ServiceRequest/lmri-gapped-order" in opening  # citations beside the sentence
    assert "LMRI-003" in letter.split("Not claimed in the letter")[1]
    p2p = html.split('id="p2p"')[1]
    assert "844-679-7865" in p2p and "2026-11-25" in p2p and "3 days left" in p2p
    assert "must be completed before a clinical appeal" in p2p
    assert "Add the PDF to the patient" not in html  # no launch into this patient
    assert "attach from the EHR" in html
    assert audit(app, "view_packet") == [{"packet": packet[1]}]


def test_letter_edits_keep_the_citations(app, client, packet):
    draft = exported(client, packet)
    cited = {s["id"]: s for p in draft["letter"]["paragraphs"] for s in p["sentences"]}
    new_text = "The request was denied on 2026-11-18; we disagree with the reason given."
    saved = post_form(
        client,
        packet,
        "/letter",
        {
            "sentence-opening-2": f"  {new_text}\n",
            "sentence-opening-3": "",
            "sentence-opening-1": cited["opening-1"]["text"],
            "action": "save",
        },
    )
    assert saved.status_code == 302 and saved.headers["Location"].endswith("#letter")
    page = client.get(url(packet)).text
    assert f">{new_text}</textarea>" in page and "Sentence opening-2 (edited)" in page
    after = exported(client, packet)
    sentences = {s["id"]: s for p in after["letter"]["paragraphs"] for s in p["sentences"]}
    assert sentences["opening-2"]["text"] == new_text
    assert sentences["opening-2"]["citations"] == cited["opening-2"]["citations"]
    assert sentences["opening-2"]["draft"] == cited["opening-2"]["text"]
    assert "opening-3" not in sentences  # emptied: left out
    assert audit(app, "edit_letter")[0]["changed"] == ["opening-2", "opening-3"]
    pdf = client.get(url(packet, "/packet.pdf"))
    assert new_text in " ".join(pdf_text(pdf.data).split())
    restored = post_form(client, packet, "/letter", {"action": "restore"})
    assert restored.status_code == 302
    assert exported(client, packet)["letter"] == draft["letter"]


def test_letter_edits_from_a_stale_page_are_refused(app, client, packet):
    page = client.get(url(packet)).text
    form = {"csrf_token": csrf_of(page), "version": "1", "sentence-opening-2": "First edit."}
    assert client.post(url(packet, "/letter"), data=form).status_code == 302
    second = client.post(url(packet, "/letter"), data={**form, "sentence-opening-2": "Second."})
    assert second.status_code == 409
    with session_factory(app)() as db:
        assert db.get(AppealPacket, packet[1]).letter_edits == {"opening-2": "First edit."}


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_ticks_are_saved_and_printed(app, client, packet):
    saved = post_form(client, packet, "/checklist", {"tick": ["progress-notes", "nonsense"]})
    assert saved.status_code == 302
    ticked = {e["id"]: e["ticked"] for e in exported(client, packet)["documentation_checklist"]}
    assert ticked["progress-notes"] is True and not any(
        value for key, value in ticked.items() if key != "progress-notes"
    )
    assert audit(app, "tick_checklist") == [{"packet": packet[1], "ticked": ["progress-notes"]}]
    assert "[x] Progress notes" in pdf_text(client.get(url(packet, "/packet.pdf")).data)


def test_without_a_launch_into_the_patient_the_pdf_lists_the_notes_to_attach(app, client, packet):
    response = client.get(url(packet, "/packet.pdf"))
    assert response.mimetype == "application/pdf"
    assert (
        'filename="appeal-packet-72148-2026-11-22.pdf"' in response.headers["Content-Disposition"]
    )
    text = " ".join(pdf_text(response.data).split())
    for part in ("Letter of medical necessity", "Peer-to-peer preparation sheet",
                 "Documentation gap report", "attach it from the EHR"):  # fmt: skip
        assert part in text, part
    # Note text is never stored: only the cited statements are, never the note around them.
    assert "Pain is across the low back without radiation. He has not tried" not in text
    assert audit(app, "export_packet_pdf")[0]["notes_read_live"] == 0
    with session_factory(app)() as db:
        stored = db.get(AppealPacket, packet[1]).packet
    assert all("text" not in attachment for attachment in stored["attachments"])


def test_the_printable_p2p_sheet(client, packet):
    page = client.get(url(packet, "/p2p"))
    assert page.status_code == 200 and "print.css" in page.text and "<form" not in page.text
    assert "The case in five lines" in page.text and "844-679-7865" in page.text


def test_write_back_needs_the_chart_and_a_write_scope(client, actors, packet):
    page = client.get(url(packet)).text
    refused = client.post(url(packet, "/write-back"),
                          data={"csrf_token": csrf_of(page), "version": "1"})  # fmt: skip
    assert refused.status_code == 403 and "open this patient" in refused.text
    actors.sign_in(client, actors.session(COORDINATOR))  # chart open, but read-only scopes
    page = client.get(url(packet)).text
    assert "Add the PDF to the patient" not in page
    refused = client.post(url(packet, "/write-back"),
                          data={"csrf_token": csrf_of(page), "version": "1"})  # fmt: skip
    assert refused.status_code == 403 and "permission to add documents" in refused.text


def test_building_needs_the_patients_chart_open(client, denied):
    page = client.get(f"/requests/{denied}").text
    assert "open this patient" in page and "Build appeal packet</button>" not in page
    refused = client.post(f"/requests/{denied}/packets", data={"csrf_token": csrf_of(page)})
    assert refused.status_code == 403 and "never stores the record" in refused.text


def test_a_build_that_cannot_read_the_record_fails_clearly(app, client, actors, denied):
    actors.sign_in(client, actors.session(COORDINATOR))  # chart open; its EHR is not reachable
    page = client.get(f"/requests/{denied}").text
    started = client.post(f"/requests/{denied}/packets", data={"csrf_token": csrf_of(page)})
    assert started.status_code == 302
    packet_url = started.headers["Location"]
    deadline = time.monotonic() + 30
    while client.get(f"{packet_url}/progress").json["status"] == "running":
        assert time.monotonic() < deadline, "the build never finished"
        time.sleep(0.1)
    assert client.get(f"{packet_url}/progress").json["status"] == "failed"
    failed = client.get(packet_url).text
    assert 'role="alert"' in failed and "Nothing was lost" in failed
    with session_factory(app)() as db:
        assert db.query(SavedReport).count() == 1  # no half-built version
    assert audit(app, "build_packet")


def test_another_clinician_cannot_open_the_packet(client, actors, packet):
    actors.sign_in(client, actors.session("Practitioner/md-other"))
    assert client.get(url(packet)).status_code == 404
    assert client.get(url(packet, "/packet.pdf")).status_code == 404


def test_a_coding_suggestion_is_shown_with_its_evidence_and_never_applied(app, client, denied):
    """The golden incorrect-CPT case (72148 ordered, the note plans "with and without
    contrast"): the page suggests 72158 with the note as evidence; the request keeps 72148."""
    case = yaml.safe_load((GOLDEN / "cpt-contrast-better-code.yaml").read_text())
    built = build_packet(build_bundle(case["record"]), Denial.from_dict(case["denial"]),
                         as_of=case["as_of"], include_note_text=False)  # fmt: skip
    ids = (denied, store_packet(app, denied, packet=built))
    coding = client.get(url(ids)).text.split('id="cpt"')[1].split("</section>")[0]
    assert "Suggestion, not applied:</strong> the documentation supports\n    72158" in coding
    assert "The request keeps 72148" in coding
    assert "MISMATCH</span> contrast" in coding and "with and without contrast" in coding
    assert "DocumentReference/" in coding  # the note the suggestion rests on
    assert exported(client, ids)["service"]["code"] == "72148"
