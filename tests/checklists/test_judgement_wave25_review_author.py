"""Who reviewed the plan, when the note's text signs nothing (blind wave 24, CH/hh-02): the
agency PT's "PT 30-day reassessment 7/1 ... Updated POC sent to MD for signature" carries no
signature line, but its DocumentReference.author is Elliot Brandt, PT. HHC-006 took it for the
practitioner's 60-day plan review ("5 days ago") while the last plan the physician signed was 94
days old. A note without a signing credential is judged by its authors' (Practitioner name
suffix or qualification); an author whose credentials are not known keeps it (unknown is not
wrong), and a practitioner among the authors (an authenticator) signs it."""

from __future__ import annotations

from .test_judgement import _note, record, status
from .test_judgement_wave19_recert_request import _care_plan

_REASSESSMENT = "PT 30-day reassessment 2/20. Transfers min A -> CGA. Berg 34/56. Goals partly met."


def _practitioner(ident: str, suffix: list[str] | None = None, qualification: str = "") -> dict:
    person = {"resourceType": "Practitioner", "id": ident, "name": [{"family": ident.title()}]}
    if suffix:
        person["name"][0]["suffix"] = suffix
    if qualification:
        person["qualification"] = [{"code": {"coding": [{"code": qualification}]}}]
    return person


def _hhc006(*people: dict, authors: list[str]) -> str:
    note = _note(
        "re",
        "2026-02-22",
        _REASSESSMENT,
        extra={"author": [{"reference": f"Practitioner/{a}"} for a in authors]},
    )
    bundle = record(
        "G0151", _care_plan("2025-10-20", "2025-12-18"), note, *people, reason="S72.002D"
    )
    return status(bundle, "HHC-006")["status"]


def test_a_therapist_author_s_reassessment_is_no_practitioner_review():
    assert _hhc006(_practitioner("brandt", ["PT"]), authors=["brandt"]) == "missing"


def test_a_nurse_by_qualification_is_no_practitioner_either():
    assert _hhc006(_practitioner("rowe", qualification="RN"), authors=["rowe"]) == "missing"


def test_a_physician_author_or_authenticator_reviews_it():
    assert _hhc006(_practitioner("vasquez", ["DO"]), authors=["vasquez"]) == "met"
    people = (_practitioner("brandt", ["PT"]), _practitioner("vasquez", ["DO"]))
    assert _hhc006(*people, authors=["brandt", "vasquez"]) == "met"


def test_an_author_whose_credentials_are_unknown_keeps_the_note():
    assert _hhc006(_practitioner("lee"), authors=["lee"]) == "met"


def test_a_role_written_out_or_held_through_a_practitioner_role_counts_too():
    nurse = {
        "resourceType": "Practitioner",
        "id": "rowe",
        "qualification": [{"code": {"text": "Registered Nurse"}}],
    }
    assert _hhc006(nurse, authors=["rowe"]) == "missing"
    role = {
        "resourceType": "PractitionerRole",
        "id": "agency-pt",
        "practitioner": {"reference": "Practitioner/lee"},
        "code": [{"coding": [{"display": "Physical Therapist"}]}],
    }
    assert _hhc006(role, _practitioner("lee"), authors=["agency-pt"]) == "missing"
    doctor = {**role, "id": "md-role", "code": [{"text": "Physician"}]}
    assert _hhc006(doctor, _practitioner("lee"), authors=["md-role"]) == "met"
