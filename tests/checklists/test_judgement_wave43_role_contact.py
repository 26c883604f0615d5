"""The ordering physician's work phone and fax on a PractitionerRole that points at them (blind
wave 43): the order names a bare ``Practitioner/…`` requester whose resource carries an NPI and
no telecom, while the PractitionerRole linking that Practitioner to the practice carries the
phone and fax, which is where FHIR puts a practitioner's contact at an organisation. A role of
another practitioner, or one marked inactive, gives none."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _with_role(practitioner: str, active: bool | None = None) -> dict:
    bundle = record("97750", _note("n1", "2026-02-20", "PLAN: FCE."), reason="S63.501D")
    role = {
        "resourceType": "PractitionerRole",
        "id": "clinic-role",
        "practitioner": {"reference": practitioner},
        "telecom": [{"system": "fax", "value": "330-555-0141"},
                    {"system": "phone", "value": "330-555-0140"}],
    }  # fmt: skip
    if active is not None:
        role["active"] = active
    bundle["entry"].append({"resource": role})
    return status(bundle, "OCC-007")


def test_a_role_pointing_at_the_requester_gives_its_contact():
    found = _with_role("Practitioner/dr")
    assert found["status"] == "met"
    assert "330-555-014" in found["evidence"][0]["snippet"]


def test_another_practitioner_s_role_gives_none():
    assert _with_role("Practitioner/someone-else")["status"] == "missing"


def test_an_inactive_role_gives_none():
    assert _with_role("Practitioner/dr", active=False)["status"] == "missing"
