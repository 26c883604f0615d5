"""A pasted criteria list is the payer's words, every item of it (blind wave 16, BC/bar-03): a
letter quoting 'CareSource criteria (pasted): "BMI >=40 ...; documented failure of a medically
supervised weight-loss program; ..."' met BAR-003, as the list's semicolons made the program its
own statement, out of reach of the label. What follows the list, or the next line after a label
with no quotation, is the writer's own and still counts."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == concept and f.asserted]


@pytest.mark.parametrize(
    "pasted",
    [
        'CareSource criteria (pasted): "BMI >=40 or >=35 with comorbidity; documented failure of'
        ' a medically supervised weight-loss program; psychological evaluation."',
        "Payer criteria: BMI >= 40; completion of a 6-month physician-supervised diet program;"
        " nutrition evaluation.",
        "Criteria (copied from policy): \u201cpsych eval; 6 months of medically supervised weight"
        " loss; RD visits\u201d",
        'Policy (pasted): "Patient must have BMI >=40;\nparticipated in a medically supervised'
        ' weight loss program for 6 months;\nno active substance use."',
    ],
)
def test_every_item_of_a_pasted_criteria_list_is_no_evidence(pasted: str) -> None:
    assert not _asserted(pasted, "weight-loss"), pasted


@pytest.mark.parametrize(
    "evidence",
    [
        # After the quotation closes, or on the next line after an unquoted label: her own.
        'CareSource criteria (pasted): "BMI >=40; psychological evaluation"; she completed a'
        " 6-month medically supervised weight loss program 1/2025-6/2025.",
        "Payer criteria: BMI >= 40; nutrition evaluation.\n"
        "Completed 6-mo medically supervised weight loss program 1/2025-6/2025.",
        # "Criteria met:" reports, it pastes nothing.
        "Criteria met: BMI 44; completed 6-month medically supervised weight loss program"
        " 1/2025-6/2025.",
    ],
)
def test_the_writers_own_words_beside_a_pasted_list_still_count(evidence: str) -> None:
    assert _asserted(evidence, "weight-loss"), evidence
