"""An allergy list written on its header's line ends where the narrative resumes (brief s70-f).

"Allergies: PCN (rash), sulfa" then "Tried naproxen x 5 wks. PT trial offered -> declined" (about
30 corpus notes write the history, plan, scores or limits on the lines after such a list, e.g.
DS/surgery-shoulder-arthroplasty-02, EA/hyaluronan-02): read as the list's next items, the care
was a reaction and a denial's items were cut loose of it at their commas (list_ends.py). A line
that reads as one more allergy entry stays the list's.
"""

from __future__ import annotations

import pytest

from smartapp.notes.segments import segment

ALLERGY_LINES = [
    "Allergies: PCN (rash), sulfa",
    "ALLERGIES: naproxen (rash).",
    "Allergies/intolerances: codeine - nausea; sulfa - hives",
    "Allergy: latex",
]


def _sections(text: str, words: str) -> set[str]:
    return {s.section for s in segment(text) if words in s.text}


@pytest.mark.parametrize(
    "line",
    [
        "Tried naproxen x 5 wks. PT trial offered -> declined.",
        "Pt declined injection.",
        "Never had a knee injection, pt declined cortisone.",
        "ODI 46%. Unable to sit >20 min, missed 3 wks work.",
        "PT 2x/wk x 6 wks 11/2025-1/2026, no relief",
        "Failed PT, NSAIDs; no injections yet",
        "Using acetaminophen, knee sleeve, stopped basketball.",
        "Has not done PT, injections or NSAIDs.",
        "L knee pain since last winter, limits walking to 15 min.",
        "Medication history (reconciled):",
    ],
)
@pytest.mark.parametrize("allergies", ALLERGY_LINES)
def test_the_narrative_after_an_allergy_line_is_no_allergy(allergies: str, line: str) -> None:
    text = f"HPI: 61F R knee pain.\n{allergies}\n{line}\nPlan: MRI."
    assert "allergies" not in _sections(text, line.split(",")[0].split(".")[0]), line


@pytest.mark.parametrize(
    "line",
    [
        "codeine (nausea)",
        "- sulfa: hives",
        "ibuprofen - GI upset, naproxen - dyspepsia",
        "NKDA",
        "latex",
        "PCN - anaphylaxis (childhood)",
        "gabapentin - dizziness (tried 12/2025); tramadol - itching",
        "ibuprofen | GI upset |",
    ],
)
def test_another_allergy_entry_stays_the_lists(line: str) -> None:
    text = f"HPI: 61F R knee pain.\nAllergies: PCN (rash), sulfa\n{line}\nPlan: MRI."
    assert _sections(text, line.lstrip("- ").split(" ")[0]) == {"allergies"}, line
