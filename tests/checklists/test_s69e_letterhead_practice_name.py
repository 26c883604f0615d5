"""A run-in letter-head that names the practice before its numbers (blind wave 74, JR/occ-03).

The ordering physician's Practitioner has an NPI and no telecom; their own note opens "MEYERS
OCCUPATIONAL HEALTH  Ph (614) 555-0136  Fax (614) 555-0137" with the body straight below. The
run-in letter-head reader took only a bar-separated line or the numbers alone, so the practice's
name before them (two spaces, no bar) hid the contact. A practice's name is written in capitals
or as a name (capitalised words): a sentence with a number in it is not a letter-head, nor is the
patient's header, a pharmacy's or an emergency room's number, or a note someone else wrote.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_BODY = "DOI 1/9/26: fell from ladder at work, R knee. PT x12 done.\nPlan: FCE."


def _contact(text: str, author: str = "dr") -> dict:
    by = {"author": [{"reference": f"Practitioner/{author}"}]}
    note = _note("n1", "2026-02-20", text, extra=by)
    bundle = record("97750", note, reason="S83.231D")
    bundle["entry"][0]["resource"]["name"] = [{"family": "Okonkwo", "given": ["Bernard"]}]
    return status(bundle, "OCC-007")


@pytest.mark.parametrize(
    "head",
    [
        "MEYERS OCCUPATIONAL HEALTH  Ph (614) 555-0136  Fax (614) 555-0137",
        "Meyers Occupational Health   Tel 614-555-0136   Fax 614-555-0137",
        "MEYERS OCC HEALTH, 1420 Harlan Ave, Columbus OH  Phone: 614.555.0136",
        "Harlan Family Medicine & Occupational Health  ph 614 555 0136",
        "MEYERS OCCUPATIONAL HEALTH - Fax (614) 555-0137",
        "Meyers Occupational Health and Rehab\tTel (614)555-0136",
    ],
)
def test_a_practice_name_before_its_numbers_is_the_letter_head(head):
    found = _contact(f"{head}\n{_BODY}")
    assert found["status"] == "met", found
    assert "614" in found["evidence"][0]["snippet"]


@pytest.mark.parametrize(
    "head",
    [
        "Send records to fax (614) 555-0137 before the FCE.",  # a referral's instruction
        "Bernard Okonkwo  Ph (614) 555-0136",  # the patient's own header
        "CVS Pharmacy  Ph (614) 555-0136",  # a pharmacy's number
        "Mercy ER  Ph (614) 555-0136",  # an emergency room's number
        "If worse call the clinic Ph (614) 555-0136 or 911.",  # a sentence
    ],
)
def test_no_letter_head_of_the_requester(head):
    assert _contact(f"{head}\n{_BODY}")["status"] == "missing"


def test_someone_elses_note_opening_on_their_practice_is_not_the_requesters():
    head = "MEYERS OCCUPATIONAL HEALTH  Ph (614) 555-0136  Fax (614) 555-0137"
    assert _contact(f"{head}\n{_BODY}", author="pt1")["status"] == "missing"
