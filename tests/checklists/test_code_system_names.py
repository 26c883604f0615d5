"""An order whose code names its system by a bare word ("system": "CPT") instead of the FHIR URI
(blind wave 51: a feed that writes "CPT" on every order). Not conformant FHIR, but the code is the
named system's and a reviewer reads "CPT 27447" as the order's code; an unknown URI still does not
count, and its message names the system to fix instead of saying the code is absent."""

from __future__ import annotations

import pytest

from smartapp.evidence.codes import system_alias

from .test_judgement import record, status


def _order_coded(code: str, system: str) -> dict:
    return {"code": {"coding": [{"system": system, "code": code}]}}


@pytest.mark.parametrize("name", ["CPT", "cpt", "CPT-4", "CPT4"])
def test_a_bare_cpt_system_name_is_cpt(name):
    bundle = record("27447", reason="M17.11", order=_order_coded("27447", name))
    assert status(bundle, "CSU-003")["status"] == "met"


def test_a_bare_hcpcs_system_name_is_hcpcs():
    bundle = record("E0601", reason="G47.33", order=_order_coded("E0601", "HCPCS"))
    assert status(bundle, "CSU-003")["status"] == "met"


@pytest.mark.parametrize("value,alias", [("ICD-10-CM", "icd10cm"), ("SNOMED CT", "snomed"),
                                         ("LOINC", "loinc"), ("RxNorm", "rxnorm")])  # fmt: skip
def test_other_bare_names_read_as_their_systems(value, alias):
    assert system_alias(value) == alias


@pytest.mark.parametrize("value", ["urn:cpt", "http://example.org/CPT", "CPT codes", "ICD-9"])
def test_uris_and_other_words_are_not_guessed(value):
    assert system_alias(value) == value


def test_the_code_under_an_unknown_system_is_named_in_the_message():
    bundle = record("27447", reason="M17.11",
                    order=_order_coded("27447", "http://example.org/local-codes"))  # fmt: skip
    item = status(bundle, "CSU-003", service="27447")
    assert item["status"] == "missing"
    assert "names 27447 under the code system 'http://example.org/local-codes'" in item["searched"]
