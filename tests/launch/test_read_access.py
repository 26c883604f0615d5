"""What a granted scope string lets the app read: whole types, none, or a filtered part."""

from __future__ import annotations

from smartapp.launch.access import CLINICAL_TYPES, WITHHELD, read_access
from smartapp.launch.session import unreadable_types

BASE = "launch openid fhirUser patient/Patient.rs"


def test_v1_v2_and_wildcard_scopes_read_whole_types():
    access = read_access(f"{BASE} patient/Condition.read user/Observation.rs patient/*.read")
    assert access.withheld == {} and access.filters == {}
    assert not read_access("patient/*.rs").no_clinical_data


def test_types_without_a_read_scope_are_withheld():
    access = read_access(f"{BASE} patient/Condition.rs patient/DocumentReference.c")
    assert "Condition" not in access.withheld
    assert access.withheld["DocumentReference"] == WITHHELD  # create is not read
    assert unreadable_types(f"{BASE} patient/Condition.rs") == read_access(
        f"{BASE} patient/Condition.rs").withheld  # fmt: skip


def test_a_filtered_v2_scope_is_a_partial_read_unless_an_unfiltered_one_also_grants():
    access = read_access(f"{BASE} patient/Observation.rs?category=vital-signs "
                         "patient/Observation.rs?category=laboratory")  # fmt: skip
    assert access.filters["Observation"] == ({"category": "vital-signs"},
                                             {"category": "laboratory"})  # fmt: skip
    assert "Observation" not in access.withheld
    assert access.partial()["Observation"].startswith(
        "partial read: the EHR granted only category=vital-signs or category=laboratory")
    assert "Observation" in access.could_not_read()
    both = read_access(f"{BASE} patient/Observation.rs?category=vital-signs patient/Observation.rs")
    assert both.filters == {}


def test_no_clinical_data_granted():
    assert read_access(BASE).no_clinical_data
    assert read_access("").no_clinical_data
    assert set(CLINICAL_TYPES) <= set(read_access(BASE).withheld)
    assert not read_access(f"{BASE} patient/Coverage.rs").no_clinical_data


def test_a_withheld_practitionerrole_is_skipped_but_not_announced():
    """The requester's role is optional evidence (smartapp.fhir.requester): an EHR that grants
    Practitioner but not PractitionerRole gets no role request, and no "could not be checked"."""
    access = read_access(f"{BASE} patient/Condition.rs patient/Practitioner.rs")
    assert access.withheld["PractitionerRole"] == WITHHELD  # never requested
    assert "PractitionerRole" not in access.could_not_read()
    assert "Practitioner" not in access.withheld
