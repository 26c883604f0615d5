"""A body mass index with its value under a practitioner's assessment-and-plan header is taken at
the visit: the weight and height measured there (blind wave 89, MB/slp-02: the ordering
physician's sleep evaluation "A/P: 41F snoring, gasping awakenings, ESS 12. BMI 31. No CHF,
COPD, neuromuscular dz, no opioids. Order in-lab PSG.", typed "Progress note" with no Encounter,
read as no in-person visit; the reviewer: "Visit 4/29 with ordering MD"). LCD L33718's sleep
evaluation examines the BMI, as it does the neck and the airway (examined_inline.py already read
"Mallampati IV, neck circ 18 in"). A target, a threshold, a BMI told or of another day, a
remote note's, and one outside the A/P are none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

WRITTEN = date(2026, 4, 29)


def _examined(text: str, title: str = "Progress note") -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, WRITTEN, title)])
    return any(f.concept == "examined-in-person" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # The blind case's note.
        "A/P: 41F snoring, gasping awakenings, ESS 12. BMI 31. No CHF, COPD, neuromuscular dz, "
        "no opioids. Order in-lab PSG.\nROS: neg.\nPlan: PSG; CPAP if positive.",
        "Assessment: suspected OSA, BMI 34.2, ESS 14. HSAT ordered.",
        "Impression: OSA likely - BMI: 38, loud snoring. Plan PSG.",
        "A&P: obesity hypoventilation? BMI of 41.5. Order attended PSG.",
    ],
)
def test_a_bmi_taken_at_the_visit(text: str) -> None:
    assert _examined(text)


@pytest.mark.parametrize(
    "text",
    [
        # A target or a threshold: no number straight after the word, or one still to come.
        "Plan: weight loss, goal BMI < 30.",
        "A/P: refer to bariatrics if BMI > 35.",
        "Plan: goal BMI 28 by next year.",
        # Told, or taken another day.
        "A/P: OSA suspected, pt reports weight 210 lb, BMI 31.",
        "A/P: snoring. BMI 33 at last visit.",
        "A/P: snoring, BMI 33 on 1/5/2026.",
        # A range, not a reading.
        "Plan: aim for BMI 25-30.",
        # Another person; and outside the assessment and plan.
        "A/P: snoring. Father BMI 40 with OSA on CPAP.",
        "HPI: snoring. BMI 31.",
    ],
)
def test_near_misses_are_no_visit(text: str) -> None:
    assert not _examined(text)


@pytest.mark.parametrize(
    "title",
    ["Telephone encounter", "Portal message", "Video visit"],
)
def test_a_remote_note_s_bmi_is_no_visit(title: str) -> None:
    assert not _examined("A/P: 41F snoring, ESS 12. BMI 31. Order in-lab PSG.", title)
