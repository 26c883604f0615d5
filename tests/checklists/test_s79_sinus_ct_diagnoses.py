"""Chronic and recurrent sinusitis support a sinus CT (blind wave 94, MX/img-03).

J32.4 (chronic pansinusitis) did not support CT maxillofacial 70486 in advanced-imaging-diagnoses.
The ACR Appropriateness Criteria (Sinonasal Disease) make a non-contrast sinus CT the imaging of
choice for chronic rhinosinusitis (J32, with polyps J33) and recurrent acute sinusitis (J01.x1);
a single uncomplicated acute sinusitis (J01.x0) is diagnosed clinically and still does not.
"""

from __future__ import annotations

import pytest

from smartapp.checklists.codelist import CodeList
from smartapp.checklists.loader import CODELISTS_FILE, DATA_DIR, read_yaml

ICD = "http://hl7.org/fhir/sid/icd-10-cm"


def _list() -> CodeList:
    raw = read_yaml(DATA_DIR / CODELISTS_FILE)
    return CodeList.from_mapping("advanced-imaging-diagnoses", raw["advanced-imaging-diagnoses"])


@pytest.mark.parametrize("code", ["J32.4", "J32.9", "J32.0", "J33.9", "J01.01", "J01.91"])
def test_chronic_and_recurrent_sinusitis_support_sinus_ct(code: str) -> None:
    codes = _list()
    assert any(codes.contains(system, code) for system in codes.systems())


@pytest.mark.parametrize("code", ["J01.00", "J01.90", "J30.9", "J06.9"])
def test_acute_sinusitis_and_rhinitis_do_not(code: str) -> None:
    codes = _list()
    assert not any(codes.contains(system, code) for system in codes.systems())
