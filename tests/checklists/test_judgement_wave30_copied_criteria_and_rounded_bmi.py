"""Two false 'met's of blind wave 30. A scheduler's note that says it copied the payer's words
("Scheduling note (copied from payer policy for reference): \"Criteria: ... functional limitation
interfering with ADLs ...\"") quotes the policy, no limitation of the patient's (DF/tka-02). A BMI
the visit writes as approximate ("BMI ~35") beside the weight and height it took is no figure the
clinic worked out: 98.0 kg at 167.5 cm is 34.9, under 35 (DG/bariatric-02)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status
from .test_judgement_wave23_copied_bmi import _HTN

_DOING_WELL = "Knee aches at night; walks 2 miles daily, independent in all ADLs. KOOS JR 82."


def _tka(*texts: str) -> str:
    notes = [_note(f"n{i}", "2026-02-20", text) for i, text in enumerate(texts)]
    return status(record("27447", *notes, reason="M17.12"), "TKA-003")["status"]


def test_a_label_copied_from_the_payer_quotes_the_policy():
    copied = (
        "Surgery scheduling note (copied from payer policy for reference):\n"
        '"TKA criteria: advanced arthritis on imaging; functional limitation interfering with '
        'ADLs or ambulation; 3 months of failed nonoperative care."\nSent to plan 2/21.'
    )
    assert _tka(_DOING_WELL, copied) != "met"


def test_the_patients_own_limitation_after_such_a_quotation_still_counts():
    copied = (
        'Note (copied from payer policy): "functional limitation interfering with ADLs"\n'
        "Pt cannot walk more than 1 block and needs help with dressing."
    )
    assert _tka(copied) == "met"


def _bar001(vitals: str) -> str:
    visit = _note("v1", "2026-02-16", f"Bariatric pre-op visit\nVitals: {vitals}.")
    return status(record("43775", visit, _HTN, reason="E66.812"), "BAR-001")["status"]


@pytest.mark.parametrize("written", ["BMI ~35", "BMI approx 35"])
def test_an_approximate_bmi_beside_the_weighing_is_the_weighing(written: str):
    assert _bar001(f"Wt 98.0 kg, Ht 167.5 cm, {written} (class 2)") != "met"


@pytest.mark.parametrize(
    "vitals",
    [
        "Wt 98.0 kg, Ht 167.5 cm, BMI 35",  # the clinic's own figure stands (wave 28)
        "Wt 99.0 kg, Ht 167.5 cm, BMI ~35",  # 35.3: the weighing qualifies too
    ],
)
def test_a_written_or_qualifying_bmi_stands(vitals: str):
    assert _bar001(vitals) == "met"
