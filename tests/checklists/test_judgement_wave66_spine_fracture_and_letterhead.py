"""Blind wave 66's administrative false alarms.

IO/workrehab-03: work hardening (97545) for a roofer's L1 wedge compression fracture from a fall
at work, coded S32.010D. The work-injury list held the limbs' fractures (S42-S92) and the spine's
sprains (S13, S23, S33) but not the spine's own fractures (S12 cervical, S22 thoracic/ribs, S32
lumbar/pelvis): a healed work-related vertebral fracture is a standard work-hardening case.

IQ/occupational-work-rehab-02: the ordering physician's progress note opens on a one-line
letter-head ("GEM CITY OCCUPATIONAL HEALTH | 1420 Brown St | Ph ... Fax ...") run straight into
the note with no blank line below it, which the letter-head rule read as body.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    "code",
    ["S32.010D", "S32.010S", "S22.060D", "S12.000D", "S32.401D", "S32.10XD"],
)
def test_a_fracture_of_the_spine_or_pelvis_supports_work_hardening(code: str) -> None:
    assert status(record("97545", reason=code), "CSU-005")["status"] == "met"


@pytest.mark.parametrize("code", ["S06.0X0D", "S14.101D", "S31.000D"])
def test_a_head_cord_or_open_wound_injury_is_still_not_on_the_list(code: str) -> None:
    # A concussion, a spinal cord injury or an open wound of the back is no musculoskeletal
    # injury that work hardening treats (the list says what it treats, not every S-code).
    assert status(record("97545", reason=code), "CSU-005")["status"] != "met"


def _contact(text: str, *, author: str = "Practitioner/dr", patient_phone: str = "") -> str:
    note = _note("n1", "2026-02-20", text, extra={"author": [{"reference": author}]})
    bundle = record("97750", note, reason="S46.011D")
    if patient_phone:
        bundle["entry"][0]["resource"]["telecom"] = [{"system": "phone", "value": patient_phone}]
    report = score_bundle(bundle, as_of=date(2026, 3, 1))
    return {i["id"]: i for i in report["items"]}["OCC-007"]["status"]


_BODY = "Injury: 02/03/2026 lifting a resident, R shoulder pain.\nPlan: FCE (97750)."


@pytest.mark.parametrize(
    "head",
    [
        "GEM CITY OCCUPATIONAL HEALTH  |  1420 Brown St, Dayton OH  |  Ph 937-555-0150  Fax "
        "937-555-0151\nF. Kasper, DO - Progress note 06/09/2026",
        "Gem City Occ Health | 1420 Brown St | Tel: (937) 555-0150",
        "GEM CITY OCCUPATIONAL HEALTH\n1420 Brown St, Dayton OH 45402\nPh 937-555-0150  Fax "
        "937-555-0151",
        "Riverside Occ Med\nPhone: 937.555.0150\nProgress note",
        "Riverside Occ Med | tel 937 555 0150 | fax 937 555 0151",
        "GEM CITY OCC HEALTH\nFax #937-555-0151",
    ],
)
def test_a_letter_head_run_into_the_requesters_note_is_their_contact(head: str) -> None:
    assert _contact(f"{head}\n{_BODY}") == "met"


@pytest.mark.parametrize(
    "head",
    [
        # The patient's own number in a demographics header, by label or by the record.
        "Tamika Rowland | DOB 01/22/1983 | Ph 614-555-0142",
        "Rowland, Tamika  MRN 4919930\nPh 614-555-0142",
        "Pt ph 614-555-0142",
        # The employer's HR desk, the referring doctor, a case manager.
        "Willow Glen Nursing Center HR | Ph 937-555-0177",
        "Employer: Willow Glen | Phone 937-555-0177",
        "Referring: Dr. Lyle, Ph 937-555-0188",
        # A number in the note's body, below its head, is no letter-head.
        "Progress note 06/09/2026\nInjury: 02/03/2026 lifting.\nExam: R shoulder AROM 150\n"
        "Ph 937-555-0150",
    ],
)
def test_someone_elses_number_at_the_top_is_no_letter_head(head: str) -> None:
    assert _contact(f"{head}\n{_BODY}") == "missing"


def test_the_patients_own_number_at_the_top_is_no_letter_head() -> None:
    assert _contact(f"Tamika Rowland | Ph 614-555-0142\n{_BODY}", patient_phone="614-555-0142") \
        == "missing"  # fmt: skip


def test_a_letter_head_on_someone_elses_note_is_not_the_requesters() -> None:
    text = f"GEM CITY OCC HEALTH | 1420 Brown St | Ph 937-555-0150\n{_BODY}"
    assert _contact(text, author="Practitioner/pt1") == "missing"
