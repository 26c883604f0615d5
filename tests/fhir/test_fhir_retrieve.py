"""Record retrieval at the network seam: paging, vendor adaptations, warnings, note Binaries."""

from __future__ import annotations

import base64
import json
import re

import responses
from ehr_payloads import ORACLE_BINARY_HOST, binary, document, payload
from fhir_helpers import BASE, searchset
from responses import matchers

from smartapp.fhir import FhirClient, StaticToken, fetch_patient_record
from smartapp.fhir.searches import CAREPLAN_CATEGORIES, OBSERVATION_CATEGORIES

EMPTY = searchset()


def empty_searches(*skip: str) -> None:
    """Answer every search not registered explicitly with an empty searchset."""
    for kind in (
        "Condition",
        "Observation",
        "DocumentReference",
        "Procedure",
        "ServiceRequest",
        "DeviceRequest",
        "Coverage",
        "MedicationRequest",
        "Encounter",
        "DiagnosticReport",
        "CarePlan",
        "PractitionerRole",  # the requester's roles (smartapp.fhir.requester)
    ):
        if kind not in skip:
            responses.get(re.compile(rf"{re.escape(BASE)}/{kind}\?.*"), json=EMPTY)
    if "Patient" not in skip:
        responses.get(f"{BASE}/Patient/p1", json={"resourceType": "Patient", "id": "p1"})


def fetch(vendor: str | None = None, **kwargs):  # type: ignore[no-untyped-def]
    client = FhirClient(BASE, StaticToken("t"), vendor=vendor, concurrency=2,
                        allowed_hosts=kwargs.pop("allowed_hosts", ()))  # fmt: skip
    return fetch_patient_record(client, "p1", **kwargs)


def outcomes(bundle: dict) -> list[dict]:
    return [
        issue
        for entry in bundle["entry"]
        if entry["resource"]["resourceType"] == "OperationOutcome"
        for issue in entry["resource"]["issue"]
    ]


def condition(n: int) -> dict:
    return {"resourceType": "Condition", "id": f"c{n}", "subject": {"reference": "Patient/p1"}}


@responses.activate
def test_every_opaque_next_link_is_followed_verbatim():
    page2 = f"{BASE}/Condition?sessionID=12-BED00ABDDDD011F0BA93005056BECC4A"
    page3 = f"{BASE}/Condition?patient=p1&-pageContext=eJxljckKwjAURf&-pageDirection=NEXT"
    responses.get(
        page2,
        json=searchset(condition(2), next_url=page3),
        match=[matchers.query_string_matcher(page2.split("?")[1])],
    )
    responses.get(
        page3,
        json=searchset(condition(3)),
        match=[matchers.query_string_matcher(page3.split("?")[1])],
    )
    responses.get(
        f"{BASE}/Condition",
        json=searchset(condition(1), next_url=page2),
        match=[matchers.query_param_matcher({"patient": "p1", "_count": "200"})],
    )
    empty_searches("Condition")  # fmt: skip
    result = fetch()
    assert result.counts["Condition"] == 3
    assert result.warnings == []


@responses.activate
def test_a_looping_next_link_stops_paging_with_a_warning():
    loop = f"{BASE}/Condition?sessionID=again"
    responses.get(
        loop,
        json=searchset(condition(2), next_url=loop),
        match=[matchers.query_string_matcher("sessionID=again")],
    )
    responses.get(
        f"{BASE}/Condition",
        json=searchset(condition(1), next_url=loop),
        match=[matchers.query_param_matcher({"patient": "p1", "_count": "200"})],
    )
    empty_searches("Condition")  # fmt: skip
    result = fetch()
    assert result.counts["Condition"] == 2
    assert [(w.resource_type, w.reason) for w in result.warnings] == [("Condition", "incomplete")]
    assert outcomes(result.bundle)[0]["expression"] == ["Condition"]


@responses.activate
def test_epic_400_for_a_category_less_observation_search_falls_back_to_categories():
    refusal = payload("epic/operationoutcome_400_required_category.json")
    responses.get(
        f"{BASE}/Observation",
        status=400,
        json=refusal,
        match=[matchers.query_param_matcher({"patient": "p1", "_count": "200"})],
    )
    for category in OBSERVATION_CATEGORIES:
        obs = {"resourceType": "Observation", "id": f"o-{category}"}
        responses.get(
            f"{BASE}/Observation",
            json=searchset(obs),
            match=[
                matchers.query_param_matcher(
                    {"patient": "p1", "_count": "200", "category": category}
                )
            ],
        )
    empty_searches("Observation")  # fmt: skip
    result = fetch()
    assert result.counts["Observation"] == len(OBSERVATION_CATEGORIES)
    assert result.warnings == []


@responses.activate
def test_a_careplan_business_rule_refusal_falls_back_to_categories():
    refusal = payload("epic/operationoutcome_400_careplan_category.json")
    plain = matchers.query_param_matcher({"patient": "p1", "_count": "200"})
    responses.get(f"{BASE}/CarePlan", status=400, json=refusal, match=[plain])
    for category in CAREPLAN_CATEGORIES:
        plan = {"resourceType": "CarePlan", "id": f"cp-{category}"}
        wanted = {"patient": "p1", "_count": "200", "category": category}
        responses.get(f"{BASE}/CarePlan", json=searchset(plan),
                      match=[matchers.query_param_matcher(wanted)])  # fmt: skip
    empty_searches("CarePlan")  # fmt: skip
    result = fetch()
    assert result.counts["CarePlan"] == len(CAREPLAN_CATEGORIES) and result.warnings == []


@responses.activate
def test_epic_profile_asks_per_category_and_for_every_medication_status():
    for category in OBSERVATION_CATEGORIES:
        responses.get(
            f"{BASE}/Observation",
            json=EMPTY,
            match=[
                matchers.query_param_matcher(
                    {"patient": "p1", "_count": "100", "category": category}
                )
            ],
        )
    responses.get(
        f"{BASE}/MedicationRequest",
        json=EMPTY,
        match=[
            matchers.query_param_matcher(
                {
                    "patient": "p1",
                    "_count": "100",
                    "status": "active,on-hold,cancelled,completed,"
                    "entered-in-error,stopped,draft,unknown",
                }
            )
        ],
    )
    empty_searches("Observation", "MedicationRequest")  # fmt: skip
    assert fetch("epic").warnings == []


@responses.activate
def test_operation_outcome_entries_become_warnings_in_the_bundle():
    listing = payload("epic/documentreference_searchset_with_outcome.json")
    note, summary = (entry["resource"] for entry in listing["entry"][:2])
    html, rtf = (item["attachment"]["url"] for item in note["content"])
    ccda = summary["content"][0]["attachment"]["url"]
    responses.get(re.compile(rf"{re.escape(BASE)}/DocumentReference\?.*"), json=listing)
    # Epic answers Binary reads asked with a FHIR JSON fallback as Binary JSON, on its own type.
    for url, name, kind in ((html, "epic/notes/progress-note.html", "text/html"),
                            (ccda, "epic/notes/summary.ccda.xml", "application/xml")):
        responses.get(f"{BASE}/{url}", json=binary(name, kind, url.split("/")[1]),
                      content_type="application/json+fhir")  # fmt: skip
    empty_searches("DocumentReference")  # fmt: skip
    result = fetch("epic")
    withheld = [w for w in result.warnings if w.reason == "incomplete"]
    assert len(withheld) == 2 and all(w.resource_type == "DocumentReference" for w in withheld)
    # Clinical sub-types Epic withholds are a gap; post-acute assessment sets (OASIS, MDS, IRF-PAI)
    # hold no PA documentation and are not reported as one; Epic's 4119 notice is no gap either.
    assert any("Scanned Outside Records" in w.detail for w in withheld)
    assert not any("OASIS" in w.detail for w in withheld)
    assert all(i["code"] in ("incomplete", "forbidden") for i in outcomes(result.bundle))
    # Each note's bytes are kept for offline reading: the HTML of the pair, and the C-CDA.
    binaries = {e["resource"]["id"]: e["resource"] for e in result.bundle["entry"]
                if e["resource"]["resourceType"] == "Binary"}  # fmt: skip
    assert binaries[ccda.split("/")[1]]["contentType"] == "application/xml"
    assert b"<ClinicalDocument" in base64.b64decode(binaries[ccda.split("/")[1]]["data"])[:200]
    assert binaries[html.split("/")[1]]["contentType"] == "text/html"
    assert not any(rtf in call.request.url for call in responses.calls)  # the best rendition only
    assert (result.notes_fetched, result.notes_total) == (2, 2)


@responses.activate
def test_an_informational_outcome_is_no_gap_but_a_suppressed_search_is():
    responses.get(re.compile(rf"{re.escape(BASE)}/MedicationRequest\?.*"),
                  json=payload("epic/medicationrequest_searchset_no_results.json"))  # fmt: skip
    responses.get(re.compile(rf"{re.escape(BASE)}/Condition\?.*"),
                  json=payload("epic/condition_searchset_suppressed.json"))  # fmt: skip
    empty_searches("MedicationRequest", "Condition")  # fmt: skip
    result = fetch("epic")
    assert {(w.resource_type, w.reason) for w in result.warnings} == {("Condition", "incomplete")}
    assert (result.counts.get("Condition", 0), result.counts.get("MedicationRequest", 0)) == (0, 0)


@responses.activate
def test_epic_pages_follow_the_session_link_to_the_last_page():
    page2 = payload("epic/observation_vitals_page2.json", BASE)
    session = matchers.query_param_matcher({"sessionID": "16-7C2E94A1B3D511F0A8E7005056B8F2D4"})
    responses.get(page2["link"][0]["url"], json=page2, match=[session])
    responses.get(f"{BASE}/Observation", json=payload("epic/observation_vitals_page1.json", BASE),
                  match=[matchers.query_param_matcher(
                      {"patient": "p1", "_count": "100", "category": "vital-signs"})])  # fmt: skip
    empty_searches()  # fmt: skip
    result = fetch("epic")
    assert result.counts["Observation"] == 5 and result.warnings == []
    panel = next(e["resource"] for e in result.bundle["entry"] if "component" in e["resource"])
    assert [c["valueQuantity"]["value"] for c in panel["component"]] == [142, 88]


@responses.activate
def test_403_and_scopes_not_granted_are_could_not_check():
    responses.get(
        re.compile(rf"{re.escape(BASE)}/Encounter\?.*"),
        status=403,
        json=payload("epic/operationoutcome_403_encounter_read.json"),
    )
    empty_searches("Encounter", "Coverage")  # fmt: skip
    result = fetch(unreadable_types={"Coverage": "access not granted by the EHR"})
    reasons = {(w.resource_type, w.reason) for w in result.warnings}
    assert reasons == {("Encounter", "forbidden"), ("Coverage", "forbidden")}
    assert not any("Coverage" in call.request.url for call in responses.calls)


def note(doc_id: str, *attachments: dict) -> dict:
    return {"resourceType": "DocumentReference", "id": doc_id,
            "content": [{"attachment": a} for a in attachments]}  # fmt: skip


@responses.activate
def test_cerner_binary_on_another_host_is_fetched_with_accept_equal_to_content_type():
    cerner = binary("oracle/notes/admission-h-and-p.html", "text/html", "TR-301558204")
    url = "https://fhir-open.example/r4/tenant/Binary/TR-301558204"
    responses.get(
        re.compile(rf"{re.escape(BASE)}/DocumentReference\?.*"),
        json=searchset(note("d1", {"contentType": "text/html", "url": url})),
    )
    # Oracle Health may still answer FHIR Binary JSON: both answers are handled.
    responses.get(
        url,
        json=cerner,
        content_type="application/fhir+json",
        match=[matchers.header_matcher({"Accept": "text/html"})],
    )
    empty_searches("DocumentReference")  # fmt: skip
    result = fetch("cerner", allowed_hosts=("fhir-open.example",))
    binaries = {e["fullUrl"]: e["resource"] for e in result.bundle["entry"]
                if e["resource"]["resourceType"] == "Binary"}  # fmt: skip
    assert binaries[url]["data"] == cerner["data"]
    assert result.warnings == []


@responses.activate
def test_oracle_note_pages_and_binaries_on_another_host_with_a_pdf_fallback():
    page1 = payload("oracle/documentreference_searchset_page1.json", BASE)
    page2 = payload("oracle/documentreference_searchset_page2.json", BASE)
    next_url = page1["link"][1]["url"]
    responses.get(next_url, json=page2,
                  match=[matchers.query_string_matcher(next_url.split("?")[1])])  # fmt: skip
    first = matchers.query_param_matcher({"patient": "p1", "_count": "100"})
    responses.get(f"{BASE}/DocumentReference", json=page1, match=[first])
    urls = {item["attachment"]["url"].rsplit("/", 1)[1]: item["attachment"]["url"]
            for page in (page1, page2) for entry in page["entry"]
            for item in entry["resource"]["content"]}  # fmt: skip
    # Oracle Health returns raw bytes when Accept equals the attachment's contentType.
    answers = {
        "TR-301558204": ("oracle/notes/admission-h-and-p.html", "text/html"),
        "XR-301559817-ccda": ("oracle/notes/progress-note.ccda.xml", "application/xml"),
        "XR-301561190": ("oracle/notes/discharge-summary.pdf", "application/pdf"),
    }
    for binary_id, (name, kind) in answers.items():
        responses.get(urls[binary_id], body=document(name), content_type=kind,
                      match=[matchers.header_matcher({"Accept": kind})])  # fmt: skip
    # The discharge summary's C-CDA is gone: the app falls back to its PDF.
    responses.get(urls["XR-301561190-ccda"], status=404)
    empty_searches("DocumentReference")  # fmt: skip
    result = fetch("cerner", allowed_hosts=(ORACLE_BINARY_HOST,))
    assert result.counts["DocumentReference"] == 3 and result.warnings == []
    assert (result.notes_fetched, result.notes_total) == (3, 3)
    kept = {e["fullUrl"]: e["resource"]["contentType"] for e in result.bundle["entry"]
            if e["resource"]["resourceType"] == "Binary"}  # fmt: skip
    assert kept == {urls[key]: kind for key, (_, kind) in answers.items()}
    assert not any(call.request.url == urls["XR-301559817"] for call in responses.calls)


@responses.activate
def test_raw_binary_bytes_and_the_best_rendition_only():
    rtf = rb"{\rtf1\ansi Lumbar pain for 8 weeks.\par}"
    responses.get(
        re.compile(rf"{re.escape(BASE)}/DocumentReference\?.*"),
        json=searchset(
            note(
                "d1",
                {"contentType": "text/rtf", "url": "Binary/r1"},
                {"contentType": "application/pdf", "url": "Binary/p1"},
            )
        ),
    )
    responses.get(f"{BASE}/Binary/r1", body=rtf, content_type="text/rtf")
    empty_searches("DocumentReference")  # fmt: skip
    result = fetch()
    binary = next(e["resource"] for e in result.bundle["entry"]
                  if e["resource"]["resourceType"] == "Binary")  # fmt: skip
    assert base64.b64decode(binary["data"]) == rtf
    assert not any("Binary/p1" in call.request.url for call in responses.calls)


@responses.activate
def test_missing_binary_and_untrusted_host_are_warnings_on_the_note():
    responses.get(
        re.compile(rf"{re.escape(BASE)}/DocumentReference\?.*"),
        json=searchset(
            note("gone", {"contentType": "text/plain", "url": "Binary/gone"}),
            note("far", {"contentType": "text/plain", "url": "https://attacker.example/Binary/x"}),
        ),
    )
    responses.get(f"{BASE}/Binary/gone", status=404)
    empty_searches("DocumentReference")  # fmt: skip
    result = fetch()
    found = sorted((w.reason, w.detail.split(":")[0]) for w in result.warnings)
    assert found == [("not-found", "note DocumentReference/gone"),
                     ("processing", "note DocumentReference/far")]  # fmt: skip
    assert not any("attacker" in call.request.url for call in responses.calls)


@responses.activate
def test_plain_http_links_under_an_https_iss_get_no_token_and_a_warning():
    """Issue 20 #5: the same host over http (or another port) is another origin: neither the next
    link nor the attachment URL is fetched, so the bearer token never crosses in clear."""
    plain = BASE.replace("https://", "http://")
    responses.get(
        re.compile(rf"{re.escape(BASE)}/Condition\?.*"),
        json=searchset(condition(1), next_url=f"{plain}/Condition?page=2"),
    )
    responses.get(
        re.compile(rf"{re.escape(BASE)}/DocumentReference\?.*"),
        json=searchset(
            note("clear", {"contentType": "text/plain", "url": f"{plain}/Binary/b1"}),
            note("port", {"contentType": "text/plain",
                          "url": BASE.replace("ehr.example", "ehr.example:8443") + "/Binary/b2"}),
        ),
    )  # fmt: skip
    responses.get(re.compile(r"http://ehr\.example/.*"), json=searchset(condition(2)))
    responses.get(re.compile(r"https://ehr\.example:8443/.*"), body=b"note",
                  content_type="text/plain")  # fmt: skip
    empty_searches("Condition", "DocumentReference")
    result = fetch()
    assert result.counts["Condition"] == 1
    reasons = {(w.reason, w.detail.split(":")[0]) for w in result.warnings}
    assert ("incomplete", "Condition") in reasons  # page 2 not read: could not check, not absent
    assert ("processing", "note DocumentReference/clear") in reasons
    assert ("processing", "note DocumentReference/port") in reasons
    sent = [call.request.url for call in responses.calls]
    assert not any(url.startswith(("http://", "https://ehr.example:8443")) for url in sent), sent


@responses.activate
def test_the_order_under_review_and_its_requester_are_read():
    order = {
        "resourceType": "ServiceRequest",
        "id": "sr9",
        "status": "active",
        "requester": {"reference": "Practitioner/doc1"},
    }
    responses.get(re.compile(rf"{re.escape(BASE)}/ServiceRequest\?.*"), json=EMPTY)
    responses.get(f"{BASE}/ServiceRequest/sr9", json=order)
    responses.get(f"{BASE}/Practitioner/doc1", json={"resourceType": "Practitioner", "id": "doc1"})
    empty_searches("ServiceRequest")  # fmt: skip
    seen: list[dict] = []
    result = fetch(order_ref="ServiceRequest/sr9", progress=seen.append)
    assert result.counts["ServiceRequest"] == 1 and result.counts["Practitioner"] == 1
    assert seen[-1]["searches_done"] == seen[-1]["searches_total"]
    assert json.loads(json.dumps(result.bundle))["type"] == "collection"


@responses.activate
def test_an_equipment_order_under_review_is_read_and_its_requester_with_it():
    """``DeviceRequest/dr9`` from the launch (a CDS card's appContext): read when the search did
    not return it, and its requester read too; the newer ServiceRequest is not the order."""
    device = {"resourceType": "DeviceRequest", "id": "dr9", "status": "draft",
              "authoredOn": "2026-11-01", "requester": {"reference": "Practitioner/doc2"}}
    other = {"resourceType": "ServiceRequest", "id": "sr1", "status": "active",
             "authoredOn": "2026-11-20", "requester": {"reference": "Practitioner/doc1"}}
    responses.get(re.compile(rf"{re.escape(BASE)}/ServiceRequest\?.*"), json=searchset(other))
    responses.get(re.compile(rf"{re.escape(BASE)}/DeviceRequest\?.*"), json=EMPTY)
    responses.get(f"{BASE}/DeviceRequest/dr9", json=device)
    responses.get(f"{BASE}/Practitioner/doc2", json={"resourceType": "Practitioner", "id": "doc2"})
    empty_searches("ServiceRequest", "DeviceRequest")  # fmt: skip
    result = fetch(order_ref="DeviceRequest/dr9")
    assert result.counts["DeviceRequest"] == 1 and result.counts["ServiceRequest"] == 1
    read = [call.request.url.split("?")[0] for call in responses.calls]
    assert f"{BASE}/Practitioner/doc2" in read and f"{BASE}/Practitioner/doc1" not in read
    assert not result.warnings


@responses.activate
def test_without_a_launch_order_the_newest_order_of_either_type_is_the_one():
    device = {"resourceType": "DeviceRequest", "id": "dr1", "status": "draft",
              "authoredOn": "2026-11-20", "requester": {"reference": "Practitioner/doc2"}}
    older = {"resourceType": "ServiceRequest", "id": "sr1", "status": "active",
             "authoredOn": "2026-11-01", "requester": {"reference": "Practitioner/doc1"}}
    responses.get(re.compile(rf"{re.escape(BASE)}/ServiceRequest\?.*"), json=searchset(older))
    responses.get(re.compile(rf"{re.escape(BASE)}/DeviceRequest\?.*"), json=searchset(device))
    responses.get(f"{BASE}/Practitioner/doc2", json={"resourceType": "Practitioner", "id": "doc2"})
    empty_searches("ServiceRequest", "DeviceRequest")  # fmt: skip
    result = fetch()
    read = [call.request.url.split("?")[0] for call in responses.calls]
    assert f"{BASE}/Practitioner/doc2" in read and f"{BASE}/Practitioner/doc1" not in read
    assert not result.warnings


@responses.activate
def test_a_withheld_device_request_type_is_not_searched_and_reads_could_not_check():
    empty_searches("DeviceRequest")  # fmt: skip
    result = fetch(unreadable_types={"DeviceRequest": "access not granted by the EHR"})
    assert ("DeviceRequest", "forbidden") in {(w.resource_type, w.reason) for w in result.warnings}
    assert not any("/DeviceRequest" in call.request.url for call in responses.calls)
    unread = [i for i in outcomes(result.bundle) if "DeviceRequest" in (i.get("expression") or [])]
    assert unread and unread[0]["code"] == "forbidden"


@responses.activate
def test_malformed_json_on_one_search_is_a_warning_not_a_crash():
    responses.get(
        re.compile(rf"{re.escape(BASE)}/Procedure\?.*"),
        body='{"resourceType": "Bun',
        content_type="application/fhir+json",
    )
    empty_searches("Procedure")  # fmt: skip
    result = fetch()
    assert [(w.resource_type, w.reason) for w in result.warnings] == [("Procedure", "processing")]
    assert result.counts["Patient"] == 1


@responses.activate
def test_a_type_narrowed_by_the_grant_is_searched_only_as_granted_and_reported_incomplete():
    """``patient/Observation.rs?category=vital-signs``: one search with the granted filter (even
    on Epic, which otherwise asks per category), never widened, and an "incomplete" outcome on
    Observation so that nothing found there reads as missing."""
    responses.get(
        f"{BASE}/Observation", json=searchset(),
        match=[matchers.query_param_matcher(
            {"patient": "p1", "_count": "100", "category": "vital-signs"})],
    )  # fmt: skip
    empty_searches("Observation")
    result = fetch("epic", narrowed={"Observation": ({"category": "vital-signs"},)})
    observation_calls = [c for c in responses.calls if "/Observation" in c.request.url]
    assert len(observation_calls) == 1
    (issue,) = [i for i in outcomes(result.bundle) if i["expression"] == ["Observation"]]
    assert issue["code"] == "incomplete" and "category=vital-signs" in issue["diagnostics"]
