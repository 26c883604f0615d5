"""Blind wave 24: a family history written inside a line of the patient's own history.

CH/cpap-02 (CPAP-002): "PMH: none. No HTN, no heart disease, no stroke. FHx: father - stroke age
70, HTN." The history line was cut at its commas and dashes as a list, so the "FHx:" label sat in
the middle of a piece and the father's stroke and HTN were read as the patient's comorbidities
(the AHI 5-14 pathway). A family-history label after a sentence end or a comma, a relative's
dash ("mother - breast ca") and the shorthand "family hx" / "fam hx" introduce the relatives'
history; the patient's own items before it on the line stay the patient's.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _patients(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text)])
    return {f.text.lower() for f in found if f.concept == "ncd-symptoms" and f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "PMH: none. No HTN, no heart disease, no stroke. FHx: father - stroke age 70, HTN.",
        "PMH: none. FH: mother - stroke, HTN.",
        "PMH: asthma. Family hx: brother CAD, HTN",
        "PMH: none, mother - stroke",
        "PMH: none. FHx father - stroke",
        "S: snoring. Family hx significant for stroke in father.",
        "S: snoring, fam hx of stroke and HTN.",
        "HPI: loud snoring. FHx: mother had a stroke at 70, father HTN.",
        "PMH: none. FHx significant for stroke (father), HTN (mother).",
        "PMH: none. Fhx positive for HTN, stroke.",
        "Past medical history: none; family history of stroke and HTN in father.",
    ],
)
def test_a_relatives_history_is_not_the_patients(text: str) -> None:
    assert not _patients(text), text


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("PMH: HTN, DM2. FHx: father - stroke age 70.", {"htn"}),
        ("PMH: HTN; FH: CAD", {"htn"}),
        ("S: 50M with HTN and insomnia, family hx of stroke.", {"htn", "insomnia"}),
        ("A: HTN, FHx premature CAD.", {"htn"}),
        ("PMH: stroke 2019, HTN. Meds: lisinopril.", {"stroke", "htn"}),
        # The label holds for its line only (blind wave 16, BN/bar-02).
        ("PMH: none. FHx: father stroke.\nInsomnia x 2 yrs.", {"insomnia"}),
        ("PMH: HTN. FHx noncontributory.", {"htn"}),
        ("PMH: none. FHx significant for stroke (father).\nInsomnia x 2 yrs.", {"insomnia"}),
    ],
)
def test_the_patients_own_items_before_it_still_count(text: str, own: set[str]) -> None:
    assert _patients(text) == own, text
