"""Insulin named on an allergy or intolerance list is a past exposure, not insulin treatment
(CGM-001, LCD L33822: insulin treatment now; brief s72-w1, blind wave 81 KW/dme-cgm-03).

"Allergies/Intolerances: insulin detemir - injection site rash (2021)" beside metformin and
semaglutide met CGM-001: the entry tells the drug once hurt the patient, not that a daily dose is
taken. An item that asks for a drug in use reads an allergy entry only when its own clause says
the drug is used ("Levemir - site rash, switched to Lantus 18 u qhs"); a "tried and failed"
item still counts an intolerance that tells a trial (checklists/allergy_trials.py).
"""

from __future__ import annotations

import pytest

from .test_judgement_wave21_past_insulin import _cgm

_VISIT = "S: DM2 f/u. Taking metformin and Ozempic weekly. A1c 8.4.\n"


@pytest.mark.parametrize(
    "allergies",
    [
        "Allergies/Intolerances: insulin detemir - injection site rash (2021)",
        "ALLERGIES: Lantus (hives)",
        "Allergies: PCN - rash; Levemir - site reaction",
        "Allergies:\nNovolog (itching)\nSulfa (rash)",
        "ALLERGIES/ADVERSE REACTIONS: Tresiba -> injection site swelling",
        "Allergies: insulin glargine - local rxn 2019, lisinopril - cough",
        "Allergy: humalog-lipohypertrophy",
        "Allergies: NPH insulin (rash)",
    ],
)
def test_insulin_on_the_allergy_list_is_no_insulin_treatment(allergies: str) -> None:
    assert _cgm(_VISIT + allergies + "\nA/P: CGM ordered. Continue metformin.") != "met"


@pytest.mark.parametrize(
    "text",
    [
        # In use in the allergy entry's own clause, or under another heading.
        _VISIT + "Allergies: Levemir - site rash, switched to Lantus 18 u qhs",
        _VISIT + "Allergies: Levemir (rash) so uses Tresiba 30 u nightly",
        _VISIT + "Allergies: NKDA. Meds: glargine 20 u qHS",
        _VISIT + "Allergies: sulfa (rash)\nMeds: Tresiba 30 u daily",
    ],
)
def test_insulin_in_use_beside_the_allergy_list_still_counts(text: str) -> None:
    assert _cgm(text) == "met"
