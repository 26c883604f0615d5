"""The patient's own weight-loss attempt after a one-line family history (blind wave 39).

- A family history written on its header's line ("FHx: mother - T2DM, HTN; father - OSA on
  CPAP.") ends at the next line that labels a field of the patient's own ("Wt loss: 6 mo
  supervised program with PCP + RD (10/2025-3/2026)"): EO/bariatric-03 and EQ/bariatric-02 read
  that program as the family's. A line naming a relative, or the clinician's talk about the
  history ("Education: ...", "Counseling: ..."), stays in it (list_ends.py).
- A diet or exercise its supervisor names ("PCP-supervised diet + exercise 6 mo") is a
  supervised weight-loss attempt without the word "program" (EO/bariatric-02); a bare
  "supervised diet", as the criterion is explained, is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.segments import segment


def _last_section(text: str) -> str:
    return segment(text)[-1].section


@pytest.mark.parametrize(
    "line",
    [
        "Wt loss: 8 mo supervised program with NP + dietitian (3/2025-11/2025), lost 5 lb.",
        "Diet hx: physician-supervised diet 2025, monthly visits.",
        "Function: can't climb stairs, stands 10 min.",
    ],
)
def test_a_field_of_the_patients_own_ends_the_family_line(line: str) -> None:
    text = f"CONSULT\nFHx: father - CAD, HTN; sister - T2DM.\n{line}"
    assert _last_section(text) == ""


@pytest.mark.parametrize(
    "line",
    [
        "Maternal aunt: ovarian ca at 51.",
        "Education: explained the test looks for BRCA1/2 and that results take 3 wks.",
        "Counseling: reviewed that insulin users qualify.",
        "Paternal side: unknown.",
    ],
)
def test_a_relative_or_the_clinicians_talk_stays_in_it(line: str) -> None:
    text = f"CONSULT\nFHx: father - CAD, HTN; sister - T2DM.\n{line}"
    assert _last_section(text) == "family"


def test_a_family_header_alone_on_its_line_still_holds() -> None:
    # Unchanged: the list is under the header, not on its line.
    text = "Family history:\nMother - stroke\nCardiology: father followed for CHF"
    assert _last_section(text) == "family"


def _weight_loss(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 6, 1))])
    return [f for f in found if f.concept == "weight-loss" and f.asserted and not f.family]


def test_the_program_after_the_family_line_is_the_patients() -> None:
    text = (
        "BARIATRIC CONSULT\n41F BMI 39.0.\nFHx: mother - T2DM; father - OSA.\n"
        "Wt loss: 6 mo supervised program with PCP + RD (9/2025-2/2026), lost 7 lb."
    )
    assert _weight_loss(text)


@pytest.mark.parametrize(
    "text",
    [
        "Weight hx: PCP-supervised diet + exercise 6 mo (Feb-Jul 2025, monthly visits).",
        "Completed 6 months of physician-supervised diet and exercise in 2025.",
        "Medically supervised low-calorie diet with our clinic 3/2025-9/2025.",
    ],
)
def test_a_diet_its_supervisor_names_is_a_supervised_attempt(text: str) -> None:
    assert _weight_loss(text)


def test_a_bare_supervised_diet_explained_is_none() -> None:
    text = "Explained that surgery is used when supervised diet and lifestyle change fail."
    assert not _weight_loss(text)
