"""The ordering physician's phone or fax in their note's signature block (blind wave 15,
AX/occ-04): the Practitioner carries an NPI but no telecom, and the occupational medicine note
closes "THEODORE RUELAS MD  PHONE 419-555-0162  FAX 419-555-0163". Seed 003 asks for the
ordering physician's NPI and contact information, which the signed note sent with the request
gives. A number the note gives as someone else's, or a signature naming another physician, is
none."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _contact(text: str, family: str = "Ruelas") -> dict:
    bundle = record("97750", _note("n1", "2026-02-20", text), reason="S63.501D")
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Practitioner":
            entry["resource"]["name"] = [{"given": ["Theodore"], "family": family}]
    return status(bundle, "OCC-007")


@pytest.mark.parametrize(
    "signature",
    [
        "THEODORE RUELAS MD  PHONE 419-555-0162  FAX 419-555-0163",
        "Electronically signed: Theodore Ruelas, MD\nPh: (419) 555-0162",
        "T. Ruelas MD | Office 419.555.0162",
    ],
)
def test_the_requester_s_signature_block_gives_the_contact(signature):
    found = _contact(f"ASSESSMENT: R wrist sprain.\nPLAN: FCE.\n{signature}")
    assert found["status"] == "met"
    assert "419" in found["evidence"][0]["snippet"]


@pytest.mark.parametrize(
    "text",
    [
        "PLAN: FCE.\nTHEODORE RUELAS MD",  # no number
        "Pt phone 419-555-0199. Seen with Dr. Ruelas.",  # the patient's
        "PLAN: FCE.\nMARIA OKAFOR MD  PHONE 419-555-0162",  # another physician's
        "Employer fax 419-555-0111 (per Dr Ruelas).",
    ],
)
def test_no_contact_of_the_requester(text):
    assert _contact(text)["status"] == "missing"
