"""Every blind case passes the format checks its authors ran (authoring/validate_case.py).

A case edited by hand later (a date typo, a code error: the one kind of change the corpus
allows) must still be a well-formed case: FHIR R4 resources, resolving references, valid NPIs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartapp.checklists.elements import ELEMENTS

from .authoring import validate_case

CASES = sorted((Path(__file__).parent / "cases").glob("*/*.json"))
DATA = Path(__file__).resolve().parents[2] / "smartapp" / "checklists" / "data"
KNOWN = validate_case.checklists(DATA)


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_case_is_well_formed(path: Path) -> None:
    assert validate_case.case_errors(path, KNOWN, set(ELEMENTS)) == []


def test_the_validator_finds_a_bad_npi_and_a_dangling_reference(tmp_path: Path) -> None:
    case = {
        "id": "X-cpap-01", "author": "X", "checklist": "caresource-dme-cpap", "service": "E0601",
        "as_of": "2026-05-01", "description": "d",
        "labels": {"face-to-face": {"label": "ok", "why": "w"}},
        "bundle": {"resourceType": "Bundle", "type": "collection", "entry": [
            {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient", "id": "p"}},
            {"fullUrl": "urn:uuid:2", "resource": {
                "resourceType": "Practitioner", "id": "d",
                "identifier": [{"system": validate_case.NPI, "value": "1234567890"}]}},
            {"fullUrl": "urn:uuid:3", "resource": {
                "resourceType": "Condition", "id": "c", "subject": {"reference": "Patient/q"}}},
        ]},
    }  # fmt: skip
    path = tmp_path / "cpap-01.json"
    path.write_text(json.dumps(case))
    errors = validate_case.case_errors(path, KNOWN, set(ELEMENTS))
    assert any("fails the Luhn check" in e for e in errors)
    assert any("'Patient/q' not in bundle" in e for e in errors)
    assert validate_case.luhn_ok("1234567893")
