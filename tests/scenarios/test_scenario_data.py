"""The PA scenario bundles are deterministic, valid FHIR R4, and internally consistent."""

from __future__ import annotations

import base64
import io
import json
import re
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from pypdf import PdfReader
from striprtf.striprtf import rtf_to_text

from sandbox.scenarios import build
from sandbox.scenarios.factories import ICD10, NPI, npi_with_check_digit
from smartapp.checklists import icd10

HERE = Path(build.__file__).resolve().parent
MANIFEST = json.loads((HERE / "manifest.json").read_text())
FILES = sorted(p.name for p in HERE.glob("*.json") if p.name != "manifest.json")


@pytest.fixture(scope="module")
def fresh():
    return build.build_all()


def bundle(name):
    return json.loads((HERE / name).read_text())


def test_committed_files_equal_a_fresh_build(fresh):
    assert sorted(fresh) == sorted([*FILES, "manifest.json"])
    for name, text in fresh.items():
        assert (HERE / name).read_text() == text, (
            f"{name} is stale: run python -m sandbox.scenarios.build"
        )


def test_manifest_lists_every_bundle_with_its_order():
    assert sorted(entry["file"] for entry in MANIFEST) == FILES
    for entry in MANIFEST:
        ids = {
            f"{e['resource']['resourceType']}/{e['resource']['id']}"
            for e in bundle(entry["file"])["entry"]
        }
        assert {entry["patient"], entry["order"], entry["encounter"]} <= ids
        assert entry["variant"] in ("complete", "gapped")
        assert bool(entry["intended_gaps"]) == (entry["variant"] == "gapped")


@pytest.mark.parametrize("name", FILES)
def test_bundle_is_valid_r4b_fhir(name):
    Bundle.model_validate(bundle(name))


@pytest.mark.parametrize("name", FILES)
def test_every_reference_resolves_inside_the_bundle(name):
    document = bundle(name)
    ids = {f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in document["entry"]}
    text = json.dumps(document)
    references = set(re.findall(r'"reference": "([A-Za-z]+/[^"]+)"', text))
    references |= set(re.findall(r'"url": "(Binary/[^"]+)"', text))
    assert references and references <= ids, references - ids


@pytest.mark.parametrize("name", FILES)
def test_npis_pass_luhn_and_icd10_codes_are_billable(name):
    for entry in bundle(name)["entry"]:
        resource = entry["resource"]
        for identifier in resource.get("identifier", []):
            if identifier.get("system") == NPI:
                value = identifier["value"]
                assert npi_with_check_digit(value[:9]) == value
        if resource["resourceType"] == "Condition":
            for coding in resource["code"]["coding"]:
                if coding["system"] == ICD10:
                    assert icd10.exists(coding["code"]), coding["code"]
                    assert icd10.is_billable(coding["code"]), f"{coding['code']} is not billable"


def test_npi_check_digit_matches_a_known_npi():
    # CMS's worked example in the NPI check-digit guidance: 123456789 -> 1234567893.
    assert npi_with_check_digit("123456789") == "1234567893"


def _text(binary):
    data = base64.b64decode(binary["data"])
    kind = binary["contentType"]
    if kind == "application/pdf":
        return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    if kind == "text/rtf":
        return rtf_to_text(data.decode())
    return re.sub(r"<[^>]+>", " ", data.decode())


@pytest.mark.parametrize("name", ["lmri-complete.json", "tka-gapped.json", "ptc-complete.json"])
def test_four_renditions_carry_the_same_words(name):
    binaries = {
        e["resource"]["id"]: e["resource"]
        for e in bundle(name)["entry"]
        if e["resource"]["resourceType"] == "Binary"
    }
    notes = {bid.rsplit("-", 1)[0] for bid in binaries}
    for note in notes:
        words = [
            set(re.findall(r"[a-z]{4,}", _text(binaries[f"{note}-{suffix}"]).lower()))
            for suffix in ("html", "rtf", "pdf", "xml")
        ]
        assert words[0] and all(w == words[0] for w in words[1:]), note


def test_bulk_patient_has_45_notes_and_one_hostile_html_note():
    entries = [e["resource"] for e in bundle("lmri-bulk.json")["entry"]]
    assert sum(r["resourceType"] == "DocumentReference" for r in entries) == 45
    hostile = [
        r
        for r in entries
        if r["resourceType"] == "Binary"
        and r["contentType"] == "text/html"
        and b"<script>" in base64.b64decode(r["data"])
    ]
    assert len(hostile) == 1
