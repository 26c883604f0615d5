"""The generated patients: deterministic, large, valid, consistent, in every note format.

They are what the sandbox, the paging and note tests and the benchmarks run on instead of outside
fixtures, so each property a test relies on is pinned here: stable ids, size, every attachment
style, references that resolve, note text the app can read and that agrees with the chart.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from sandbox import synthetic
from sandbox.scenarios.factories import ICD10, NPI, npi_with_check_digit
from smartapp.checklists import icd10
from smartapp.notes.extract import decode_inline, extract_text

ROOT = Path(__file__).resolve().parents[2]
IDS = [entry.id for entry in synthetic.ROSTER]
#: Medplum (and FHIR R4) resource ids: 1-64 of these characters.
FHIR_ID = re.compile(r"[A-Za-z0-9\-.]{1,64}")
READABLE_TYPES = {"text/plain", "text/html", "text/rtf", "application/xml", "application/pdf"}


def resources(patient_id: str) -> dict[str, dict]:
    found = (e["resource"] for e in synthetic.bundle(patient_id)["entry"])
    return {f"{r['resourceType']}/{r['id']}": r for r in found}


def test_the_same_bundles_in_every_process():
    """Two fresh interpreters with different hash seeds build byte-identical bundles."""
    code = ("import hashlib; from sandbox import synthetic; "
            "print(hashlib.sha256(''.join(synthetic.bundle_text(p.id) "
            "for p in synthetic.ROSTER).encode()).hexdigest())")  # fmt: skip
    runs = [subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True, env={**os.environ, "PYTHONHASHSEED": seed})
            for seed in ("1", "2")]  # fmt: skip
    digests = {run.communicate(timeout=120)[0].strip() for run in runs}
    here = hashlib.sha256("".join(synthetic.bundle_text(i) for i in IDS).encode()).hexdigest()
    assert digests == {here}


@pytest.mark.parametrize("patient_id", IDS)
def test_ids_are_fixed_unique_and_put(patient_id):
    bundle = synthetic.bundle(patient_id)
    keys = [f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in bundle["entry"]]
    assert len(keys) == len(set(keys))
    for entry in bundle["entry"]:
        resource = entry["resource"]
        assert FHIR_ID.fullmatch(resource["id"]), resource["id"]
        # A PUT keeps the id across sandbox restarts; a POST would let the engine pick one.
        assert entry["request"] == {"method": "PUT",
                                    "url": f"{resource['resourceType']}/{resource['id']}"}
    assert bundle["entry"][0]["resource"] == {**bundle["entry"][0]["resource"], "id": patient_id}


@pytest.mark.parametrize("patient_id", IDS)
def test_every_reference_resolves_inside_the_bundle(patient_id):
    found = resources(patient_id)
    text = json.dumps(list(found.values()))
    references = set(re.findall(r'"reference": "([A-Za-z]+/[^"]+)"', text))
    references |= set(re.findall(r'"url": "(Binary/[^"]+)"', text))
    assert references and references <= set(found), references - set(found)


@pytest.mark.parametrize("patient_id", IDS)
def test_bundle_is_valid_r4b_fhir(patient_id):
    Bundle.model_validate(synthetic.bundle(patient_id))


@pytest.mark.parametrize("patient_id", IDS)
def test_npis_pass_luhn_and_icd10_codes_are_billable(patient_id):
    for resource in resources(patient_id).values():
        for identifier in resource.get("identifier", []):
            if identifier.get("system") == NPI:
                assert npi_with_check_digit(identifier["value"][:9]) == identifier["value"]
        if resource["resourceType"] == "Condition":
            for coding in resource["code"]["coding"]:
                if coding["system"] == ICD10:
                    assert icd10.is_billable(coding["code"]), coding["code"]


def test_the_heavy_patient_is_large_and_stores_notes_every_way():
    found = resources("gen-heavy")
    kinds = Counter(key.split("/")[0] for key in found)
    assert sum(kinds.values()) >= 2000 and kinds["DocumentReference"] >= 40
    assert kinds["Observation"] > 200 and kinds["Encounter"] > 200  # more than one page each
    ways = set()
    for resource in found.values():
        if resource["resourceType"] == "DocumentReference":
            for item in resource["content"]:
                attachment = item["attachment"]
                kind = attachment["contentType"].split(";")[0]
                ways.add((kind, "inline" if "data" in attachment else "Binary"))
    assert {kind for kind, _ in ways} == READABLE_TYPES
    assert {("text/plain", "inline"), ("text/plain", "Binary"), ("application/pdf", "inline"),
            ("text/html", "inline"), ("text/rtf", "Binary"), ("application/xml", "Binary")} <= ways


def test_every_style_appears_and_epic_pairs_html_with_rtf():
    seen = Counter()
    for patient_id in IDS:
        for resource in resources(patient_id).values():
            if resource["resourceType"] == "DocumentReference":
                kinds = tuple(c["attachment"]["contentType"] for c in resource["content"])
                seen[kinds] += 1
    assert seen[("text/html", "text/rtf")] >= 10
    assert seen[("application/pdf", "application/xml")] >= 10
    assert len(seen) == len(synthetic.STYLES)


@pytest.mark.parametrize("patient_id", IDS)
def test_the_app_reads_every_attachment_of_every_note(patient_id):
    found = resources(patient_id)
    for resource in found.values():
        if resource["resourceType"] != "DocumentReference":
            continue
        for item in resource["content"]:
            attachment = item["attachment"]
            if "data" in attachment:
                data = decode_inline(attachment)
            else:
                data = base64.b64decode(found[attachment["url"]]["data"])
            text = extract_text(data, attachment["contentType"])
            assert "HPI:" in text or "Hospital course:" in text, (resource["id"], text[:200])


def test_a_notes_vitals_are_the_charted_vitals():
    found = resources("gen-heavy")
    checked = 0
    for resource in found.values():
        if resource["resourceType"] != "DocumentReference" or "data" not in (
            resource["content"][0]["attachment"]
        ):
            continue
        text = decode_inline(resource["content"][0]["attachment"]).decode("utf-8", "replace")
        said = re.search(r"BP (\d+)/(\d+)", text)
        if not said:
            continue
        encounter = resource["context"]["encounter"][0]["reference"]
        panel = next(r for r in found.values() if r["resourceType"] == "Observation"
                     and r["code"]["coding"][0]["code"] == "85354-9"
                     and r["encounter"]["reference"] == encounter)  # fmt: skip
        charted = [c["valueQuantity"]["value"] for c in panel["component"]]
        assert [int(said[1]), int(said[2])] == charted
        checked += 1
    assert checked >= 3


def test_orders_only_where_the_roster_says():
    for entry in synthetic.ROSTER:
        drafts = [r for r in resources(entry.id).values()
                  if r["resourceType"] == "ServiceRequest" and r["status"] == "draft"]  # fmt: skip
        if entry.order is None:
            assert drafts == []
            continue
        (order,) = drafts
        assert order["code"]["coding"][0]["code"] == entry.order.code[1]
        assert order["reasonReference"][0]["reference"].startswith(f"Condition/{entry.id}-cond-")
