"""Work-rehab requests whose detail is written in ways the reader missed (blind wave 29).

DD/occ-02: "on 8/18/2025 resident transfer, resident fell against her, R arm jerked overhead" is
how a nurse aide's shoulder was hurt: a person falling against the worker and a limb wrenched by
it are a mechanism of injury, as "slipped" or "lifting a 40 lb box" are.

DA/occ-02: the ordering physician's Practitioner carries no telecom, but the letter of medical
necessity they wrote opens on their clinic's letter-head ("Tel 614-555-0196 | Fax ..."). A
letter-head on a note the requester wrote or signs is their contact, as a signature block is
(signature_contact.py); a number on someone else's line, or below the opening block, is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, concepts_found, record


@pytest.mark.parametrize(
    "text",
    [
        "Aide at a care home; 3/4/2026 patient transfer, the patient fell against him.",
        "During a lift-assist the resident slumped and her L shoulder was yanked down.",
        "Night shift at the plant: R wrist wrenched backward by the conveyor belt.",
    ],
)
def test_a_person_falling_against_the_worker_or_a_wrenched_limb_is_a_mechanism(text):
    assert "mechanism" in concepts_found(text, date(2026, 3, 10))


@pytest.mark.parametrize(
    "text",
    [
        "Job requires 2-person transfers; no patient transfers for now.",
        "Patient reports intermittent arm pain at night, no trauma.",
    ],
)
def test_a_job_demand_or_pain_alone_is_still_no_mechanism(text):
    assert "mechanism" not in concepts_found(text, date(2026, 3, 10))


_LETTER = (
    "Riverside Occupational Medicine\n"
    "55 Front St, Dayton OH 45402 | Tel 937-555-0110 | Fax 937-555-0111\n"
    "\n"
    "LETTER OF MEDICAL NECESSITY\n"
    "Mr. Q hurt his back at work lifting a 60 lb crate on 2/2/2026 and remains on light duty. "
    "An FCE is requested to set safe work limits.\n"
)


def _contact(*notes: dict, named: bool = False) -> str:
    bundle = record("97750", *notes, reason="S39.012A")
    if named:
        bundle["entry"][1]["resource"]["name"] = [{"family": "Okafor", "given": ["Ada"]}]
    report = score_bundle(bundle, as_of=date(2026, 3, 1))
    return {i["id"]: i for i in report["items"]}["OCC-007"]["status"]


def test_the_letter_head_of_the_requesters_own_letter_is_their_contact():
    assert _contact(_note("lmn", "2026-02-20", _LETTER)) == "met"


def test_a_letter_the_requester_signs_counts_whoever_filed_it():
    letter = _note("lmn", "2026-02-20", _LETTER + "\nAda Okafor, MD",
                   extra={"author": [{"reference": "Practitioner/clerk"}]})  # fmt: skip
    assert _contact(letter, named=True) == "met"


def test_someone_elses_letter_head_is_not_the_requesters_contact():
    letter = _note("lmn", "2026-02-20", _LETTER,
                   extra={"author": [{"reference": "Practitioner/pt1"}]})  # fmt: skip
    assert _contact(letter) == "missing"


def test_a_number_below_the_opening_block_or_the_patients_is_no_letter_head():
    body = "Work note\n\nPt phone 937-555-0150. Employer fax 937-555-0151.\nOff work 1 wk."
    head = "Patient phone 937-555-0150\nWork injury follow-up.\n"
    assert _contact(_note("n1", "2026-02-20", body)) == "missing"
    assert _contact(_note("n1", "2026-02-20", head)) == "missing"
