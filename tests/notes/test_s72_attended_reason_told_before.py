"""Why an attended sleep study, told before the study it leads to (brief s72-w1). Once a bare
titration after a diagnosis stopped being its own reason (blind wave 81, KZ/slp-03), the reasons
the notes gave had to be read: "Comorbid COPD on 2L O2 at night -> needs attended split-night PSG
rather than HSAT" (HO/sleep-03), "concern for obesity hypoventilation", "possible OHS"
(AH/sleep-05). A comorbidity that leads to the attended study is its reason; the earlier study's
index, or comorbidities denied, are not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _reason(text: str) -> bool:
    notes = [NoteInput("D/1", text, date(2026, 5, 1))]
    return any(
        f.concept == "attended-study-reason" and f.asserted and not f.family
        for f in find_findings(notes)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Comorbid COPD on 2L O2 at night -> needs attended split-night PSG rather than HSAT.",
        "HFrEF EF 25%, so in-lab titration.",
        "On methadone 80 mg daily -> attended PSG.",
        "Chronic opioids (oxycodone 10 TID), therefore attended study.",
        "ALS with FVC 55% -> needs in-lab bilevel titration.",
        "CHF w/ central events on HSAT => in-center PSG w/ ASV capability.",
        "Serum bicarb 31 on 9/10 labs, concern for obesity hypoventilation.",
        "Severe OSA w/ central component + possible OHS.",
        "Nocturnal O2 2 L since 2024 -> requires attended titration w/ O2 bleed-in.",
    ],
)
def test_a_comorbidity_that_leads_to_the_attended_study_is_its_reason(text: str) -> None:
    assert _reason(text)


@pytest.mark.parametrize(
    "text",
    [
        "Phone f/u: HSAT REI 32. Will schedule in-lab CPAP titration per protocol.",
        "HSAT REI 32 -> in-lab titration.",
        "No COPD, no CHF, no opioids -> in-lab titration per protocol.",
        "Father has COPD -> pt wants in-lab study.",
        "Severe OSA on HSAT. Needs attended titration.",
        "COPD stable on inhalers. Sleep study at home next week.",
    ],
)
def test_an_index_or_a_denied_comorbidity_is_no_reason(text: str) -> None:
    assert not _reason(text)
