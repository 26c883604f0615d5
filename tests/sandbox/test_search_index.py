"""The engine's patient-compartment index answers exactly as Medplum's full scan does.

Each search runs twice on the same running sandbox -- with the index switched off (every resource
of the type matched by MemoryRepository) and on -- and the two answers must be identical: every
page's entries in order, totals, fullUrls, self and next links. The engine's counters must show
that the indexed run really was narrowed, or the equivalence would prove nothing. Searches come
from the app's own plan (smartapp.fhir.searches) plus the search features the index must not
disturb: category, code, date ranges, status, _sort, paging, _include, the patient as
``Patient/ID``/``ID``/``subject``, a patient without resources, and resources written after start.
"""

from __future__ import annotations

import shutil
import subprocess
import uuid
from collections import Counter
from typing import Any

import pytest
import requests

from sandbox import synthetic
from sandbox.engine import NODE_DIR
from smartapp.fhir.searches import SEARCHED_TYPES, plan, searches_for

pytestmark = pytest.mark.sandbox
SCENARIO = "lmri-complete"
#: The largest generated record (sandbox/synthetic): ~2,900 resources, its id fixed.
HEAVY = "gen-heavy"
MAX_PAGES = 20
OCTOBER = ["ge2026-10-01", "lt2026-11-01"]


def index_state(sandbox: Any, enabled: bool | None = None) -> dict:
    if enabled is None:
        response = sandbox.admin("GET", "engine")
    else:
        response = sandbox.admin("POST", "engine", {"index": enabled})
    response.raise_for_status()
    return response.json()


@pytest.fixture
def engine(sandbox_ehr):
    """The sandbox, with the index switched back on whatever the test did."""
    assert index_state(sandbox_ehr)["indexed"] is True
    yield sandbox_ehr
    index_state(sandbox_ehr, True)


def all_pages(
    sandbox: Any, tenant: str, token: str, path: str, params: dict, max_pages: int
) -> list[dict]:
    """The pages of one search, following ``next`` verbatim as the app does."""
    url: str | None = f"{sandbox.base(tenant)}/{path}"
    query: dict | None = params
    pages = []
    while url and len(pages) < max_pages:
        response = requests.get(
            url, params=query, headers={"Authorization": f"Bearer {token}"}, timeout=60
        )
        assert response.status_code == 200, response.text[:300]
        pages.append(response.json())
        links = pages[-1].get("link", [])
        url = next((link["url"] for link in links if link["relation"] == "next"), None)
        query = None
    return pages


def assert_same_both_ways(
    sandbox: Any,
    tenant: str,
    token: str,
    path: str,
    params: dict,
    narrowed: bool = True,
    max_pages: int = MAX_PAGES,
) -> list[dict]:
    """Run the search scanned, then indexed; the answers must be equal. Returns the pages."""
    index_state(sandbox, False)
    scanned = all_pages(sandbox, tenant, token, path, params, max_pages)
    before = index_state(sandbox, True)["searches"]
    indexed = all_pages(sandbox, tenant, token, path, params, max_pages)
    after = index_state(sandbox, True)["searches"]
    assert indexed == scanned, f"{path} {params}: indexed answer differs from the scan"
    kind, other = ("narrowed", "scanned") if narrowed else ("scanned", "narrowed")
    assert after[kind] - before[kind] == len(indexed), f"{path} {params}: not {kind}"
    assert after[other] == before[other]
    return indexed


def matches(pages: list[dict]) -> list[str]:
    return [
        entry["resource"]["id"]
        for page in pages
        for entry in page.get("entry", [])
        if entry["search"]["mode"] == "match"
    ]


def test_the_apps_whole_plan_for_the_large_generated_record(engine):
    token = engine.token("plain", HEAVY)
    kinds = Counter(e["resource"]["resourceType"] for e in synthetic.bundle(HEAVY)["entry"])
    found = {}
    for search in plan(HEAVY, None):
        # Two Observation pages, not all ten: each scanned page costs seconds.
        pages = 2 if search.resource_type == "Observation" else MAX_PAGES
        kind = search.resource_type
        answer = assert_same_both_ways(engine, "plain", token, kind, search.params, max_pages=pages)
        found[kind] = (answer[0]["total"], len(answer))
    assert set(found) == set(SEARCHED_TYPES)
    assert found["Observation"] == (kinds["Observation"], 2)
    assert found["Encounter"] == (kinds["Encounter"], 2)  # over 200 of them: paged to the end
    assert found["DocumentReference"] == (kinds["DocumentReference"], 1)


def test_epic_per_category_searches(engine):
    token = engine.token("epic", HEAVY)
    laboratory = searches_for("Observation", HEAVY, "epic")[0]
    assert laboratory.params["category"] == "laboratory"
    params = dict(laboratory.params)
    pages = assert_same_both_ways(engine, "epic", token, "Observation", params, max_pages=2)
    assert pages[0]["total"] > 0
    for search in searches_for("CarePlan", HEAVY, "epic"):
        assert_same_both_ways(engine, "epic", token, "CarePlan", dict(search.params))


def test_sort_with_ties_and_offset_paging(engine):
    # Many encounters share a status: the order of ties must be the repository's own order.
    token = engine.token("plain", HEAVY)
    params = {"patient": HEAVY, "_sort": "status", "_count": "40"}
    pages = assert_same_both_ways(engine, "plain", token, "Encounter", params)
    assert len(pages) > 2
    descending = {"patient": HEAVY, "_sort": "-date", "_count": "30", "_offset": "30"}
    assert_same_both_ways(engine, "plain", token, "Procedure", descending)


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("Condition", {"patient": SCENARIO, "code": "http://hl7.org/fhir/sid/icd-10-cm|M51.16"}),
        ("Condition", {"subject": f"Patient/{SCENARIO}"}),
        ("Condition", {"patient": f"Patient/{SCENARIO}", "_count": "0"}),
        ("Observation", {"patient": SCENARIO, "category": "survey"}),
        ("Procedure", {"patient": SCENARIO, "date": OCTOBER, "_sort": "-date"}),
        ("Procedure", {"patient": SCENARIO, "_count": "4", "_sort": "date"}),
        ("ServiceRequest", {"patient": SCENARIO, "_include": "ServiceRequest:requester"}),
        ("ServiceRequest", {"patient": SCENARIO, "status": "draft"}),
        ("DocumentReference", {"patient": SCENARIO, "type": "http://loinc.org|11506-3"}),
        ("Coverage", {"beneficiary": f"Patient/{SCENARIO}"}),
        ("MedicationRequest", {"patient": SCENARIO, "status": "active,completed"}),
    ],
)  # fmt: skip
def test_scenario_patient_searches(engine, path, params):
    token = engine.token("plain", SCENARIO)
    assert_same_both_ways(engine, "plain", token, path, params)


def test_a_patient_without_resources(engine):
    token = engine.token("plain", "nobody-here")
    for path in ("Observation", "Coverage", "Encounter"):
        pages = assert_same_both_ways(engine, "plain", token, path, {"patient": "nobody-here"})
        assert pages[0]["total"] == 0 and "entry" not in pages[0]


@pytest.mark.parametrize(
    "params",
    [{"payor": "Organization/caresource"}, {"beneficiary:missing": "false", "_count": "5"}],
)
def test_searches_the_index_cannot_narrow_still_scan(engine, params):
    # No EQUALS filter on patient/subject/beneficiary: the full scan answers, index on or off.
    token = engine.token("plain", None, scope="user/*.read")
    pages = assert_same_both_ways(engine, "plain", token, "Coverage", params, narrowed=False)
    assert pages[0]["total"] > 0


def write(engine: Any, token: str, method: str, path: str, resource: dict) -> dict:
    response = requests.request(
        method,
        f"{engine.base('plain')}/{path}",
        json=resource,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/fhir+json"},
        timeout=30,
    )
    assert response.status_code in (200, 201), response.text[:300]
    return response.json()


def note_for(reference: str) -> dict:
    return {
        "resourceType": "DocumentReference",
        "status": "current",
        "subject": {"reference": reference},
        "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3"}]},
        "content": [{"attachment": {"contentType": "text/plain", "data": "Tm90ZQ=="}}],
    }


def test_resources_written_after_start_are_indexed(engine):
    first, second = (f"index-probe-{uuid.uuid4().hex[:8]}" for _ in range(2))
    writer = engine.token("plain", None, scope="user/*.*")
    created = write(engine, writer, "POST", "DocumentReference", note_for(f"Patient/{first}"))
    # An absolute or urn:uuid reference is no `Patient/ID` to Medplum's matcher: neither finds it.
    for elsewhere in (f"http://elsewhere/fhir/Patient/{first}", f"urn:uuid:{uuid.uuid4()}"):
        write(engine, writer, "POST", "DocumentReference", note_for(elsewhere))
    token = engine.token("plain", first)
    pages = assert_same_both_ways(engine, "plain", token, "DocumentReference", {"patient": first})
    assert matches(pages) == [created["id"]]

    moved = write(engine, writer, "PUT", f"DocumentReference/{created['id']}",
                  {**created, "subject": {"reference": f"Patient/{second}"}})  # fmt: skip
    assert moved["id"] == created["id"]
    pages = assert_same_both_ways(engine, "plain", token, "DocumentReference", {"patient": first})
    assert matches(pages) == []
    other = engine.token("plain", second)
    params = {"subject": f"Patient/{second}"}
    pages = assert_same_both_ways(engine, "plain", other, "DocumentReference", params)
    assert matches(pages) == [created["id"]]


def test_the_switch_refuses_nonsense(engine):
    response = engine.admin("POST", "engine", {"index": "off"})
    assert response.status_code == 400
    assert index_state(engine)["enabled"] is True


def test_random_writes_moves_and_deletes_keep_the_index_exact():
    """Deletes never reach the engine through the gateway: the Node check replays them."""
    node = shutil.which("node")
    assert node is not None, "the sandbox needs Node.js"
    result = subprocess.run(
        [node, "--experimental-websocket", "index-check.mjs"],
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert result.stdout.startswith("ok ")
