"""A dietitian's assessment before surgery is the nutrition evaluation, not a weight-loss attempt.

The note opening "Dietitian pre-op nutrition assessment: ..." names who wrote the assessment;
the bare "dietitian" of conservative-treatment/weight-loss must not read it as the medically
supervised attempt NCD 100.1 asks for (blind wave 40). Dietitian visits stay weight-loss.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _concepts(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, date(2026, 6, 1))])
    return {f.concept for f in found if f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "Dietitian pre-op nutrition assessment: low-carb diet 2023 and a phone app, all self-led.",
        "Registered dietician preoperative evaluation 5/2026: diet history reviewed, cleared.",
        "RD pre-surgical nutritional consult: cleared from a nutrition standpoint.",
    ],
)
def test_a_dietitians_assessment_is_the_nutrition_evaluation(text: str) -> None:
    concepts = _concepts(text)
    assert "nutrition-evaluation" in concepts
    assert "weight-loss" not in concepts


def test_dietitian_visits_are_still_a_weight_loss_attempt() -> None:
    assert "weight-loss" in _concepts("Dietitian visits every month Jan-Jun 2025, down 6 lb.")
