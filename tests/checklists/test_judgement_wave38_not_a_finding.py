"""Text that names a finding without finding it, from blind wave 38's last misses.

- A payer's condition of medical necessity ("Attended PSG is considered medically necessary
  when: HSAT was negative/inconclusive; or ...") is the payer's rule, pasted into the note, not
  a reason this patient has (EG/sleep-02).
- A single mechanical fall (a trip, a slip) is an accident, not a limit on walking; a risk an
  evaluation is titled by ("PT Eval - fall risk") is what it assesses, not what it found; and a
  form's ticked "[X] Fall risk" is answered no by the evaluation that measured a low risk, as a
  ticked box the narrative denies already was (EG/walker-02).
- A tested load set against a job-demand column that names no load ("Carry 100 ft | 45 lb |
  (boxes to doorstep) |") compares the load with nothing: no shortfall is written (Y/occ-05).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = date(2026, 5, 1)


def _asserted(concept: str, *texts: str) -> list[str]:
    notes = [NoteInput(f"DocumentReference/n{i}", t, _DAY) for i, t in enumerate(texts)]
    return [f.text for f in find_findings(notes) if f.concept == concept and f.asserted]


def _deficits(*texts: str, concepts: tuple[str, ...] = ()) -> list[str]:
    """The functional deficits found (of ``concepts`` only, when given), measured normal ones
    left out."""
    notes = [NoteInput(f"DocumentReference/n{i}", t, _DAY) for i, t in enumerate(texts)]
    return [
        f.text
        for f in find_findings(notes)
        if f.category == "functional-deficits"
        and (not concepts or f.concept in concepts)
        and f.asserted
        and not f.normal
    ]


def _walking(*texts: str) -> list[str]:
    return _deficits(*texts, concepts=("walking-limitation",))


@pytest.mark.parametrize(
    "text",
    [
        "Policy text below.\nIn-lab polysomnography is considered medically necessary when: prior "
        "home study was inconclusive; or suspected central apnea.",
        "Attended study is medically necessary only if the home sleep test was negative.",
    ],
)
def test_a_payers_condition_of_necessity_is_no_reason_for_the_study(text: str) -> None:
    assert not _asserted("attended-study-reason", text), text


def test_a_reason_the_patient_has_still_counts() -> None:
    text = "In-lab PSG needed: home sleep test was inconclusive (AHI 4, poor signal)."
    assert _asserted("attended-study-reason", text)


@pytest.mark.parametrize(
    "text",
    [
        "A: mechanical fall at the curb, no fracture.",
        "OT eval - fall risk. Gait speed 1.2 m/s, Berg 54/56.",
        "PT evaluation \u2013 fall risk. TUG 9 s.",
    ],
)
def test_an_accident_or_an_evaluations_subject_is_no_walking_limit(text: str) -> None:
    assert not _walking(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Recurrent falls at home, 3 this spring.",
        "Pt is a high fall risk, unsteady gait.",
        "Assessment: fall risk, poor balance.",
    ],
)
def test_falls_and_a_stated_risk_still_count(text: str) -> None:
    assert _walking(text), text


_FORM = "Walker PA form\n[X] Fall risk\n[ ] Cane insufficient\nSigned 4/30/26"


def test_a_ticked_risk_the_measured_evaluation_found_low_is_no_evidence() -> None:
    evaluation = "PT evaluation 4/20: TUG 8 s. Ambulates without device. Low fall risk."
    assert not _walking(_FORM, evaluation)


def test_a_ticked_risk_stands_beside_a_narrative_that_states_it() -> None:
    evaluation = "PT evaluation 4/20: TUG 19 s. Unsteady gait. High fall risk."
    assert "Fall risk" in _walking(_FORM, evaluation)
    assert "Fall risk" in _walking(_FORM, "PT evaluation 4/20: TUG 19 s, 2 falls since March.")


_TABLE = "Work capacity testing 4/28\nTask | Tested | Job demand |\n\n{row}\n\nPt motivated."


@pytest.mark.parametrize(
    "row",
    [
        "Carry 50 ft | 40 lb | (crates to loading dock) |",
        "Push cart | 60 lb force, good mechanics | pushes carts at work |",
    ],
)
def test_a_tested_load_against_a_demand_without_a_load_is_no_limit(row: str) -> None:
    assert not _deficits(_TABLE.format(row=row)), row


@pytest.mark.parametrize(
    "row",
    [
        "Carry 50 ft | 20 lb, stopped - back pain | (crates to loading dock) |",
        "Floor-to-waist lift | 20 lb | 50 lb occasional |",
    ],
)
def test_a_shortfall_written_or_measured_against_a_load_still_counts(row: str) -> None:
    assert _deficits(_TABLE.format(row=row)), row
