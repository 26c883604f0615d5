"""Overrides through the app's pages (real SQLite file; PostgreSQL too when DATABASE_URL_TEST is
set): mark an item "documented here" or "does not apply" on the live check and on a saved report,
see readiness, the JSON, the PDF and the worklist follow, withdraw it, read the audit trail."""

from __future__ import annotations

import io
import json
import re

import pytest
from databases import BACKENDS, fresh_database
from page_forms import csrf_of
from pypdf import PdfReader
from report_actors import COORDINATOR, Actors, person, save

from smartapp import create_app
from smartapp.checklists.engine import readiness_state
from smartapp.db import dispose, session_factory
from smartapp.models import AuditEvent, ItemOverride, SavedReport, TrackedRequest

CLINICIAN = "Practitioner/md-whitfield"
NOTE = "DocumentReference/lmri-gapped-note-acute"


@pytest.fixture(params=BACKENDS)
def app(request, tmp_path):
    """The app on a fresh SQLite file, or on a fresh PostgreSQL database."""
    with fresh_database(request.param, tmp_path) as url:
        app = create_app({"TESTING": True, "SECRET_KEY": "test-secret",
                          "COOKIE_MODE": "local-http", "DATABASE_URL": url,
                          "COORDINATORS": {"sandbox-plain": [COORDINATOR]}})  # fmt: skip
        yield app
        dispose(app)


@pytest.fixture
def actors(app):
    return Actors(app)


def rows(app, model):
    with session_factory(app)() as db:
        return db.query(model).order_by(model.id).all()


def readiness(html: str) -> tuple[int, str]:
    number = re.search(r'class="readiness-value">(\d+)/100<', html)[1]
    headline = re.search(r'class="readiness-word" role="status">([^<]+)<', html)[1]
    return int(number), headline


def expected(report: dict, **statuses: str) -> tuple[int, str]:
    """The rule's verdict on ``report`` with some items' statuses replaced by hand."""
    items = [{**i, "status": statuses.get(i["id"].replace("-", "_"), i["status"])}
             for i in report["items"]]  # fmt: skip
    verdict = readiness_state(items)
    return verdict.number, verdict.headline


def item_block(html: str, item_id: str) -> str:
    return html.split(f'id="item-{item_id}"')[1].split("</article>")[0]


def live_check(client, actors, user=CLINICIAN):
    launch = actors.session(user)
    run = actors.run(launch, "lmri-gapped", "Derek Halloran")
    actors.sign_in(client, launch)
    page = client.get(f"/checks/{run.id}")
    assert page.status_code == 200
    return run, page


def mark(client, url: str, page_html: str, **form):
    return client.post(url, data={"csrf_token": csrf_of(page_html), **form})


def test_documented_here_on_the_live_check_moves_readiness_and_is_kept_on_save(app, client,
                                                                                actors):
    run, page = live_check(client, actors)
    assert readiness(page.text) == (77, "Not ready: 4 required gaps") == expected(run.report)
    after = expected(run.report, LMRI_004="met")
    assert after == (86, "Not ready: 3 required gaps")
    assert "Disagree with this result" in item_block(page.text, "LMRI-004")
    assert f'<option value="{NOTE}">Progress note, 2026-11-02</option>' in page.text

    response = mark(client, f"/checks/{run.id}/items/LMRI-004/override", page.text,
                    kind="documented", reference=NOTE,
                    reason="Exam is in the HPI: pain without radiation, no deficits.")  # fmt: skip
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/checks/{run.id}#item-LMRI-004")
    page = client.get(f"/checks/{run.id}")
    assert readiness(page.text) == after
    block = item_block(page.text, "LMRI-004")
    assert "Documented (overridden)" in block
    # No name learnt for the user here (no EHR): their id without the type, never the reference.
    assert "<bdi>md-whitfield (clinician)</bdi> said: documented here." in block
    assert "The app said: missing." in block and "Exam is in the HPI" in block
    assert NOTE in block and "Withdraw my override" in block
    assert "1 item\n    overridden by people" in page.text and "77/100" in page.text

    exported = json.loads(client.get(f"/checks/{run.id}/report.json").data)
    assert (exported["readiness"], exported["headline"]) == after
    assert exported["overridden"] == ["LMRI-004"]
    assert exported["engine_verdict"]["readiness"] == 77
    [item] = [i for i in exported["items"] if i["id"] == "LMRI-004"]
    assert (item["status"], item["engine_status"]) == ("met", "missing")
    assert item["override"]["by"] == person(CLINICIAN) and item["override"]["reference"] == NOTE

    # Saving carries the override: the saved version, the worklist row and the saved page.
    saved_page = client.post(f"/checks/{run.id}/save", data={"csrf_token": csrf_of(page.text)})
    request_id = int(saved_page.headers["Location"].rsplit("/", 1)[1])
    [tracked] = rows(app, TrackedRequest)
    [saved] = rows(app, SavedReport)
    assert (tracked.readiness, tracked.required_gaps, saved.readiness) == (86, 3, 86)
    [kept] = [i for i in saved.report["items"] if i["id"] == "LMRI-004"]
    assert kept["status"] == "missing"  # the engine's report is stored as it was
    [override] = rows(app, ItemOverride)
    assert (override.request_id, override.run_id) == (request_id, run.id)
    page = client.get(f"/requests/{request_id}")
    assert readiness(page.text) == after
    assert "said: documented here." in item_block(page.text, "LMRI-004")
    printed = client.get(f"/requests/{request_id}/reports/{saved.id}/print").text
    assert "said: documented here." in item_block(printed, "LMRI-004")
    assert "<form" not in printed and "Disagree" not in printed
    actors.sign_in(client, actors.session(COORDINATOR))
    row = client.get("/worklist").text.split("Derek Halloran</bdi></a>")[1].split("</tr>")[0]
    assert "86/100" in row


def test_the_pdf_shows_the_override_and_the_overridden_verdict(client, actors):
    run, page = live_check(client, actors)
    mark(client, f"/checks/{run.id}/items/LMRI-004/override", page.text, kind="documented",
         reference=NOTE, reason="Exam documented in the HPI.")  # fmt: skip
    pdf = client.get(f"/checks/{run.id}/report.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.data)).pages)
    text = " ".join(text.split())
    assert "86/100 — Not ready: 3 required gaps" in text
    # No name was learnt here, so the id without its type; never the raw reference.
    assert "Overridden: md-whitfield (clinician) said" in text
    assert "the app said missing. Reason: Exam documented in the HPI." in text
    assert "app alone said 77/100" in text


def test_does_not_apply_needs_a_reason_of_bounded_length_and_nothing_is_lost(app, client,
                                                                              actors):
    run, page = live_check(client, actors)
    url = f"/checks/{run.id}/items/LMRI-007/override"
    empty = mark(client, url, page.text, kind="not_applicable", reason="   ")
    assert empty.status_code == 400 and "an override needs a reason" in empty.text
    long_reason = "Surgical plan documented elsewhere. " * 40
    refused = mark(client, url, page.text, kind="not_applicable", reason=long_reason)
    assert refused.status_code == 400
    block = item_block(refused.text, "LMRI-007")
    assert "Nothing was saved: The reason can be at most 1000 characters; this one has" in block
    assert 'role="alert"' in block and "<details class=\"override-form\" open>" in block
    assert long_reason.strip() in block  # what the user typed is shown again, not lost
    assert 'value="not_applicable" checked' in block
    assert rows(app, ItemOverride) == []

    accepted = mark(client, url, page.text, kind="not_applicable",
                    reason="Plan is the surgeon's; this request is imaging only.")  # fmt: skip
    assert accepted.status_code == 302
    page = client.get(f"/checks/{run.id}")
    block = item_block(page.text, "LMRI-007")
    assert "Not applicable (overridden)" in block and "said: does not apply." in block
    assert "The app said: partly documented." in block
    assert readiness(page.text)[1] == "Not ready: 3 required gaps"


def test_documented_here_must_point_inside_the_record_the_check_read(app, client, actors):
    run, page = live_check(client, actors)
    url = f"/checks/{run.id}/items/LMRI-004/override"
    outside = mark(client, url, page.text, kind="documented", reason="See note",
                   reference="DocumentReference/someone-elses-note")  # fmt: skip
    assert outside.status_code == 400
    assert ("DocumentReference/someone-elses-note is not in this patient&#39;s record as this "
            "check read it") in outside.text
    nowhere = mark(client, url, page.text, kind="documented", reason="See note")
    assert nowhere.status_code == 400 and "Say where it is documented" in nowhere.text
    too_long = mark(client, url, page.text, kind="documented", reason="x", reference=NOTE,
                    passage="word " * 200)  # fmt: skip
    assert too_long.status_code == 400 and "The passage can be at most 500" in too_long.text
    met = mark(client, f"/checks/{run.id}/items/CSU-001/override", page.text,
               kind="documented", reference=NOTE, reason="x")  # fmt: skip
    assert met.status_code == 400 and "already counts this item as documented here" in met.text
    unknown = mark(client, f"/checks/{run.id}/items/NOPE-1/override", page.text,
                   kind="not_applicable", reason="x")  # fmt: skip
    assert unknown.status_code == 404
    forged = client.post(url, data={"kind": "not_applicable", "reason": "no token"})
    assert forged.status_code == 400 and "This page expired" in forged.text
    assert rows(app, ItemOverride) == []


def test_withdraw_is_for_the_author_and_keeps_the_history(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "Derek Halloran")
    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}")
    report_id = page.text.split(f"/requests/{request_id}/reports/")[1].split("/")[0]
    base = f"/requests/{request_id}/reports/{report_id}"
    response = mark(client, f"{base}/items/LMRI-003/override", page.text, kind="documented",
                    reference="MedicationRequest/lmri-gapped-naproxen",
                    reason="Naproxen since October plus home exercise per the PT handout.",
                    passage="naproxen 500 mg BID since 10/1")  # fmt: skip
    assert response.status_code == 302
    page = client.get(f"/requests/{request_id}")
    block = item_block(page.text, "LMRI-003")
    # Not a note: the passage is kept as typed and says it was not checked.
    assert "(as typed: not checked against the note)" in block
    assert readiness(page.text)[1] == "Not ready: 3 required gaps"
    assert rows(app, TrackedRequest)[0].required_gaps == 3
    [override] = rows(app, ItemOverride)
    withdraw = f"{base}/overrides/{override.id}/withdraw"

    # The clinician who saved the report sees it but cannot withdraw a coordinator's override.
    actors.sign_in(client, actors.session(CLINICIAN))
    page = client.get(f"/requests/{request_id}")
    assert "Withdraw my override" not in item_block(page.text, "LMRI-003")
    refused = client.post(withdraw, data={"csrf_token": csrf_of(page.text)})
    assert refused.status_code == 403 and f"Only {COORDINATOR}" in refused.text

    actors.sign_in(client, actors.session(COORDINATOR))
    page = client.get(f"/requests/{request_id}")
    assert client.post(withdraw, data={"csrf_token": csrf_of(page.text)}).status_code == 302
    page = client.get(f"/requests/{request_id}")
    block = item_block(page.text, "LMRI-003")
    assert "Withdrawn overrides (1)" in block and "Naproxen since October" in block
    assert "Disagree with this result" in block  # it can be marked again
    assert readiness(page.text) == (77, "Not ready: 4 required gaps")
    tracked = rows(app, TrackedRequest)[0]
    assert (tracked.readiness, tracked.required_gaps) == (77, 4)
    [kept] = rows(app, ItemOverride)
    assert kept.withdrawn_at is not None and kept.withdrawn_by == person(COORDINATOR)
    again = client.post(withdraw, data={"csrf_token": csrf_of(page.text)})
    assert again.status_code == 400 and "already withdrawn" in again.text

    trail = client.get(f"/audit?request={request_id}").text
    assert ("pa-coordinator (coordinator) marked LMRI-003 “documented here” (the app said "
            "partly documented), pointing at MedicationRequest/lmri-gapped-naproxen on saved "
            f"report #{report_id}.") in trail
    assert ("pa-coordinator (coordinator) withdrew the “documented here” override of LMRI-003 "
            f"(override #{override.id}) on saved report #{report_id}") in trail
    actions = [e.action for e in rows(app, AuditEvent)]
    assert actions.count("override_add") == 1 and actions.count("override_withdraw") == 1


def test_an_older_saved_version_shows_its_overrides_read_only(app, client, actors):
    clinician = actors.session(CLINICIAN)
    request_id = save(client, actors, clinician, "lmri-gapped")
    page = client.get(f"/requests/{request_id}")
    first = page.text.split(f"/requests/{request_id}/reports/")[1].split("/")[0]
    mark(client, f"/requests/{request_id}/reports/{first}/items/LMRI-004/override", page.text,
         kind="not_applicable", reason="Exam deferred: telehealth visit.")  # fmt: skip
    save(client, actors, clinician, "lmri-gapped")  # a re-check, saved: a new report
    older = client.get(f"/requests/{request_id}/reports/{first}").text
    assert "said: does not apply." in item_block(older, "LMRI-004")
    assert "Disagree with this result" not in older and "Withdraw my override" not in older
    refused = mark(client, f"/requests/{request_id}/reports/{first}/items/LMRI-005/override",
                   older, kind="not_applicable", reason="x")  # fmt: skip
    assert refused.status_code == 400
    assert "Overrides are made on the newest saved version" in refused.text
    newest = client.get(f"/requests/{request_id}").text
    assert "said: does not apply." not in newest  # the new check's report starts afresh
    assert rows(app, TrackedRequest)[0].readiness == 77


def test_coordinators_export_every_override_without_note_text(app, client, actors, monkeypatch):
    run, page = live_check(client, actors)
    mark(client, f"/checks/{run.id}/items/LMRI-004/override", page.text, kind="documented",
         reference=NOTE, reason="Exam in the HPI.")  # fmt: skip
    client.post(f"/checks/{run.id}/save", data={"csrf_token": csrf_of(page.text)})
    mark(client, f"/checks/{run.id}/items/LMRI-007/override", page.text, kind="not_applicable",
         reason="Imaging request only.")  # fmt: skip
    # A passage on a record entry that is not a note is kept (unchecked): never exported.
    mark(client, f"/checks/{run.id}/items/LMRI-003/override", page.text, kind="documented",
         reference="MedicationRequest/lmri-gapped-naproxen", reason="NSAID trial.",
         passage="He has not taken anti-inflammatories")  # fmt: skip
    assert client.get("/overrides/export.jsonl").status_code == 403  # clinicians: no

    actors.sign_in(client, actors.session(COORDINATOR))
    assert 'href="/overrides/export.jsonl"' in client.get("/audit").text
    exported = client.get("/overrides/export.jsonl")
    assert exported.mimetype == "application/x-ndjson"
    assert exported.headers["Content-Disposition"] == 'attachment; filename="overrides.jsonl"'
    lines = [json.loads(line) for line in exported.text.splitlines()]
    assert [(line["item"], line["override_kind"], line["engine_status"]) for line in lines] == [
        ("LMRI-004", "documented", "missing"), ("LMRI-007", "not_applicable", "partial"),
        ("LMRI-003", "documented", "partial")]
    first = lines[0]
    request_id = rows(app, TrackedRequest)[0].id
    assert first["checklist"] == {"id": "caresource-advanced-imaging-lumbar-mri",
                                  "version": first["checklist"]["version"]}
    assert (first["element"], first["service_code"], first["as_of"]) == (
        "exam-findings", "72148", "2026-11-22")
    assert first["by"] == {"role": "clinician", "user": person(CLINICIAN)}
    assert first["request"] == request_id and first["evidence_type"] == "DocumentReference"
    assert lines[2]["passage_given"] is True and lines[2]["passage_checked"] is False
    assert "anti-inflammatories" not in exported.text  # the passage (note words) is left out
    assert "lmri-gapped" not in exported.text and "Derek" not in exported.text
    assert "exported all overrides (3 lines)" in client.get("/audit").text

    # The CLI writes the same lines (the app's database named by the environment).
    from smartapp.cli import main

    monkeypatch.setenv("SMARTAPP_DATABASE_URL", app.config["DATABASE_URL"])
    monkeypatch.setenv("SMARTAPP_SECRET_KEY", "test-secret")
    out = app.instance_path + "/overrides.jsonl"
    assert main(["overrides", "export", "--output", out]) == 0
    with open(out, encoding="utf-8") as handle:
        assert handle.read() == exported.text


def test_overrides_of_a_check_never_saved_go_with_the_check(app, client, actors):
    run, page = live_check(client, actors)
    mark(client, f"/checks/{run.id}/items/LMRI-004/override", page.text, kind="not_applicable",
         reason="Telehealth.")  # fmt: skip
    from smartapp.checks.runner import new_run
    from smartapp.models import AppSession, CheckRun

    with app.app_context(), session_factory(app)() as db:
        db.query(CheckRun).filter(CheckRun.id == run.id).delete()
        launch = db.query(AppSession).first()
        new_run(db, launch, as_of=run.as_of)
        db.commit()
    assert rows(app, ItemOverride) == []
    assert [e.action for e in rows(app, AuditEvent)].count("override_add") == 1


def test_a_report_saved_before_runs_were_recorded_keeps_its_own_overrides(app, client, actors):
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    with session_factory(app)() as db:  # as migration 0004 leaves an older saved report
        saved = db.query(SavedReport).one()
        saved.run_id, saved.record_refs = None, None
        db.commit()
    page = client.get(f"/requests/{request_id}")
    base = f"/requests/{request_id}/reports/{saved.id}"
    # Only what its items cite can be pointed at: the encounter was read but is not cited.
    refused = mark(client, f"{base}/items/LMRI-004/override", page.text, kind="documented",
                   reference="Encounter/lmri-gapped-visit-acute", reason="Exam at the visit")
    assert refused.status_code == 400 and "is not in this patient" in refused.text
    assert mark(client, f"{base}/items/LMRI-004/override", page.text, kind="documented",
                reference=NOTE, reason="Exam in the HPI").status_code == 302
    [override] = rows(app, ItemOverride)
    assert (override.run_id, override.report_id, override.request_id) == (
        None, saved.id, request_id)
    assert rows(app, SavedReport)[0].required_gaps == 3
    assert "said: documented here." in item_block(client.get(f"/requests/{request_id}").text,
                                                  "LMRI-004")  # fmt: skip
