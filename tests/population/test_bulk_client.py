"""The Bulk Data client at the network seam: kick-off, status polling that honours Retry-After
(capped) and 429, the manifest, NDJSON read line by line, error files, expired links, cancel."""

from __future__ import annotations

import pytest
import responses
from population_helpers import BASE, STATUS_URL, ndjson

from smartapp.errors import BulkExportError, ExportLinkExpiredError
from smartapp.fhir.client import FhirClient
from smartapp.fhir.token_providers import StaticToken
from smartapp.population.bulk import EXPORT_TYPES, BulkClient
from smartapp.population.error_file import consequence
from smartapp.population.manifest import ExportFile

MANIFEST = {
    "transactionTime": "2026-11-30T02:00:00Z",
    "request": f"{BASE}/Group/clinic-7/$export",
    "requiresAccessToken": True,
    "output": [{"type": "Patient", "url": f"{BASE}/files/patient.ndjson", "count": 2}],
    "error": [{"type": "OperationOutcome", "url": f"{BASE}/files/errors.ndjson"}],
}


class Clock:
    """A fake clock: sleep() moves it, and the waits are recorded."""

    def __init__(self):
        self.now, self.slept = 0.0, []

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds

    def __call__(self):
        return self.now


def bulk_client(clock=None, **kwargs):
    clock = clock or Clock()
    client = FhirClient(BASE, StaticToken("tok"), max_wait=0.0)
    return BulkClient(client, sleep=clock.sleep, clock=clock, **kwargs), clock


@responses.activate
def test_kick_off_asks_for_an_async_group_export_of_the_checklist_types():
    responses.add("GET", f"{BASE}/Group/clinic-7/$export", status=202,
                  headers={"Content-Location": STATUS_URL})  # fmt: skip
    bulk, _ = bulk_client()
    assert bulk.kick_off(group_id="clinic-7", since="2026-11-29T02:00:00Z") == STATUS_URL
    sent = responses.calls[0].request
    assert sent.headers["Prefer"] == "respond-async"
    assert sent.headers["Accept"] == "application/fhir+json"
    assert sent.headers["Authorization"] == "Bearer tok"
    assert sent.params["_type"] == ",".join(EXPORT_TYPES)
    assert sent.params["_since"] == "2026-11-29T02:00:00Z"
    assert "Practitioner" not in EXPORT_TYPES  # not in the patient compartment


@responses.activate
def test_kick_off_without_group_exports_all_patients_and_a_refusal_is_an_export_error():
    responses.add("GET", f"{BASE}/Patient/$export", status=403,
                  json={"resourceType": "OperationOutcome", "issue": [{"code": "forbidden"}]})
    bulk, _ = bulk_client()
    with pytest.raises(BulkExportError, match="HTTP 403"):
        bulk.kick_off(group_id=None)


@responses.activate
def test_polling_honours_retry_after_capped_and_reports_progress():
    responses.add("GET", STATUS_URL, status=202, headers={"Retry-After": "7", "X-Progress": "10%"})
    responses.add("GET", STATUS_URL, status=202, headers={"Retry-After": "3600"})  # capped
    responses.add("GET", STATUS_URL, status=202)  # no hint: back off from the last interval
    responses.add("GET", STATUS_URL, json=MANIFEST)
    bulk, clock = bulk_client(max_interval=60.0)
    seen = []
    manifest = bulk.wait(STATUS_URL, deadline=10_000, progress=seen.append)
    assert clock.slept[:2] == [7.0, 60.0]
    assert 0 < clock.slept[2] <= 30.0
    assert seen == ["10%", "", ""]  # every in-progress answer: the run may stop there
    assert manifest.transaction_time == "2026-11-30T02:00:00Z"
    assert manifest.requires_access_token is True
    assert [(f.type, f.count) for f in manifest.output] == [("Patient", 2)]
    assert [f.type for f in manifest.error] == ["OperationOutcome"]


@responses.activate
def test_a_429_while_polling_slows_down_instead_of_failing():
    responses.add("GET", STATUS_URL, status=429, headers={"Retry-After": "15"})
    responses.add("GET", STATUS_URL, status=429)  # no hint: twice the last interval
    responses.add("GET", STATUS_URL, json=MANIFEST)
    bulk, clock = bulk_client()
    bulk.wait(STATUS_URL, deadline=10_000)
    assert clock.slept == [15.0, 30.0]
    assert len(responses.calls) == 3


@responses.activate
def test_an_export_that_outlives_the_deadline_is_cancelled():
    responses.add("GET", STATUS_URL, status=202, headers={"Retry-After": "50"})
    responses.add("DELETE", STATUS_URL, status=202)
    bulk, clock = bulk_client()
    with pytest.raises(BulkExportError, match="did not finish in time"):
        bulk.wait(STATUS_URL, deadline=120)
    assert responses.calls[-1].request.method == "DELETE"
    assert clock.now <= 120


@responses.activate
def test_a_failed_export_status_is_an_export_error():
    responses.add("GET", STATUS_URL, status=404, json={"resourceType": "OperationOutcome",
                  "issue": [{"code": "not-found", "diagnostics": "job deleted"}]})  # fmt: skip
    bulk, _ = bulk_client()
    with pytest.raises(BulkExportError, match="export failed"):
        bulk.wait(STATUS_URL, deadline=100)


@responses.activate
def test_cancel_deletes_the_status_url():
    responses.add("DELETE", STATUS_URL, status=202)
    bulk, _ = bulk_client()
    assert bulk.cancel(STATUS_URL) is True
    assert responses.calls[0].request.headers["Authorization"] == "Bearer tok"


@responses.activate
def test_ndjson_is_streamed_line_by_line_and_bad_lines_are_named():
    body = ndjson({"resourceType": "Patient", "id": "p1"}, "{not json", "",
                  {"resourceType": "Patient", "id": "p2"}, "[1, 2]")  # fmt: skip
    responses.add("GET", f"{BASE}/files/patient.ndjson", body=body,
                  content_type="application/fhir+ndjson")  # fmt: skip
    bulk, _ = bulk_client()
    lines = bulk.lines(ExportFile("Patient", f"{BASE}/files/patient.ndjson"), with_token=True)
    first = next(lines)  # a generator: the first resource before the rest is parsed
    assert first.resource == {"resourceType": "Patient", "id": "p1"}
    rest = list(lines)
    assert [(line.number, line.problem) for line in rest] == [
        (2, "not JSON"), (4, None), (5, "not a FHIR resource")]
    request = responses.calls[0].request
    assert request.req_kwargs["stream"] is True
    assert request.headers["Accept"] == "application/fhir+ndjson"


@responses.activate
def test_files_that_need_no_token_are_fetched_without_one_even_from_a_storage_host():
    url = "https://storage.example/export/patient.ndjson?sig=abc"
    responses.add("GET", url, body=ndjson({"resourceType": "Patient", "id": "p1"}))
    bulk, _ = bulk_client()
    assert len(list(bulk.lines(ExportFile("Patient", url), with_token=False))) == 1
    assert "Authorization" not in responses.calls[0].request.headers


@responses.activate
def test_a_file_on_another_host_is_not_sent_the_token():
    bulk, _ = bulk_client()
    with pytest.raises(Exception, match="not registered"):
        list(bulk.lines(ExportFile("Patient", "https://elsewhere.example/p.ndjson"),
                        with_token=True))  # fmt: skip
    assert len(responses.calls) == 0


@responses.activate
@pytest.mark.parametrize("status", [404, 410])
def test_an_expired_file_link_is_reported_clearly(status):
    responses.add("GET", f"{BASE}/files/patient.ndjson", status=status)
    bulk, _ = bulk_client()
    with pytest.raises(ExportLinkExpiredError, match=f"Patient file is no longer available "
                       f"\\(HTTP {status}\\)"):  # fmt: skip
        list(bulk.lines(ExportFile("Patient", f"{BASE}/files/patient.ndjson"), with_token=True))


@responses.activate
def test_error_file_issues_are_read_for_the_run():
    outcome = {"resourceType": "OperationOutcome", "issue": [
        {"severity": "error", "code": "processing", "diagnostics": "Observation/o9 unreadable"},
        {"severity": "warning", "code": "incomplete", "details": {"text": "x" * 500}}]}
    responses.add("GET", f"{BASE}/files/errors.ndjson", body=ndjson(outcome))
    bulk, _ = bulk_client()
    issues = bulk.errors(ExportFile("OperationOutcome", f"{BASE}/files/errors.ndjson"),
                         with_token=True)  # fmt: skip
    assert issues[0] == {"severity": "error", "code": "processing",
                         "text": "Observation/o9 unreadable"}  # fmt: skip
    assert issues[1]["code"] == "incomplete" and len(issues[1]["text"]) == 200


def test_a_status_url_on_another_host_is_not_polled_with_the_token():
    bulk, _ = bulk_client()
    with responses.RequestsMock() as mocked:
        with pytest.raises(BulkExportError, match="not registered"):
            bulk.wait("https://elsewhere.example/status/1", deadline=100)
        assert len(mocked.calls) == 0


@responses.activate
def test_an_error_file_with_odd_lines_is_read_whole_and_the_unreadable_entries_kept():
    """Real servers write odd error files: nothing raises, no line is dropped, and each entry
    the app cannot read names the types it may be about (the ones its text names, else all;
    none when it still says it is only a warning)."""
    body = ndjson(
        {"resourceType": "OperationOutcome", "issue": [
            {"severity": "error", "code": "processing", "diagnostics": "Encounter e9 skipped"},
            "DocumentReference: export failed", 42]},
        "{not json at all",
        {"resourceType": "OperationOutcome", "issue": "Observation for Patient/pop-9 lost"},
        {"resourceType": "OperationOutcome"},
        {"resourceType": "Patient", "id": "p1"},
        '{"resourceType": "OperationOutcome", "issue": [{"severity": "warning", "diagnos',
        {"resourceType": "OperationOutcome", "issue": {"severity": "error",
                                                       "expression": ["Coverage"]}},
        {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": {"x": 1},
                                                        "diagnostics": ["a", "list"]}]},
    )  # fmt: skip
    responses.add("GET", f"{BASE}/files/errors.ndjson", body=body)
    bulk, _ = bulk_client()
    found = bulk.errors(ExportFile("OperationOutcome", f"{BASE}/files/errors.ndjson"),
                        with_token=True)  # fmt: skip
    every = list(EXPORT_TYPES)
    assert [(e.get("line"), e.get("types"), e.get("type")) for e in found] == [
        (None, None, None),  # the readable issue, read as before
        (1, ["DocumentReference"], None),  # a bare string issue naming the type
        (1, every, None),  # 42: names nothing, may be about any type
        (2, every, None),  # not JSON
        (3, ["Observation"], None),  # issue not a list; Patient/pop-9 is a record, not a type
        (4, every, None),  # no issue at all
        (5, every, None),  # not an OperationOutcome
        (6, [], None),  # cut short, but it says it is only a warning
        (None, None, "Coverage"),  # one issue not wrapped in a list: still read
        (None, None, None),  # odd field types: read as words
    ]  # fmt: skip
    assert found[0] == {"severity": "error", "code": "processing", "text": "Encounter e9 skipped"}
    assert found[3]["text"].startswith("line 2: an entry the app could not read (not JSON); it "
                                       "may be about any resource type the export lost")
    assert found[1]["text"] == ("line 1: an entry the app could not read (an issue that is not "
                                "an object); it may say the export lost DocumentReference")
    assert found[-1]["code"] == "{'x': 1}" and found[-1]["text"] == "['a', 'list']"


@pytest.mark.parametrize(("types", "fetched", "incremental", "said"), [
    (["Coverage"], set(), False, ", so Coverage reads \u201ccould not be checked\u201d in this "
                                 "run's reports"),
    (["Coverage", "Encounter"], {"Encounter"}, False,
     ", so Coverage reads \u201ccould not be checked\u201d in this run's reports; Encounter (no "
     "file) is read over FHIR instead"),
    (list(EXPORT_TYPES), set(), False, ", so every type reads \u201ccould not be checked\u201d "
                                       "in this run's reports"),
    (list(EXPORT_TYPES), set(), True, "; this run reads each record it names again over FHIR"),
    ([], set(), False, ""),
])  # fmt: skip
def test_the_run_page_says_what_the_run_does_about_an_unreadable_entry(types, fetched,
                                                                        incremental, said):
    entry = {"unreadable": True, "types": types, "text": "line 1: …"}
    consequence(entry, fetched, EXPORT_TYPES, incremental=incremental)
    assert entry["text"] == "line 1: …" + said
