"""A drug on a note's medication list that the same note says the patient has not taken gives no
course, and the denial then outweighs an earlier advice to try it (blind wave 57,
HH/lumbar-mri-02: "Told to try ibuprofen prn" in March and, in May, "Hasn't really taken the
ibuprofen" above "Current Outpatient Medications: ibuprofen 600 mg tab" made 57 days of care).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_LIST = (
    "\nCurrent Outpatient Medications:\n - {drug} tab, 1 tab q8h prn pain\n"
    " - lisinopril 10 mg daily"
)


def _lumbar(first: str, second: str) -> dict:
    return record("72148", _note("a", "2025-12-10", first), _note("b", "2026-02-20", second))


@pytest.mark.parametrize(
    ("denial", "drug"),
    [
        ("Hasn't really taken the ibuprofen.", "ibuprofen 600 mg"),
        ("Pt admits she never took the naproxen.", "naproxen 500 mg"),
        ("Not taking meloxicam - worried about her stomach.", "meloxicam 15 mg"),
        ("He has not been using the ibuprofen.", "ibuprofen 800 mg"),
    ],
)
def test_a_listed_drug_the_note_denies_is_no_course(denial: str, drug: str) -> None:
    name = drug.split()[0]
    later = f"LBP f/u. {denial}" + _LIST.format(drug=drug)
    bundle = _lumbar(f"LBP. Advised to try {name} prn.", later)
    assert status(bundle, "LMRI-003")["status"] != "met", denial


def test_a_listed_drug_beside_another_drug_denied_still_counts() -> None:
    bundle = _lumbar(
        "LBP. Naproxen 500 BID daily, taking it.",
        "LBP f/u, no better on naproxen. Never took the meloxicam."
        + _LIST.format(drug="naproxen 500 mg"),
    )
    assert status(bundle, "LMRI-003")["status"] == "met"
