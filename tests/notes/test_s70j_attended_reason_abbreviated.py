"""An attended sleep study's reason with its "because" abbreviated (SLEEP-005): "in-lab PSG b/c
CHF", "attended PSG d/t opioids", "PSG 2/2 severe COPD" say why a home test will not do as
"because of CHF" does, and were not read (brief s70-j). The patient's preference stays no
reason, abbreviated or not, and a date's "2/2" is no cause.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _reason(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 3, 4))])
    return any(f.concept == "attended-study-reason" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "In-lab PSG b/c of CHF with EF 25%.",
        "Attended PSG b/c CHF EF 25%.",
        "Plan: in lab psg b/c chronic opioids (methadone 60 mg daily)",
        "A/P: OSA suspected. In-lab PSG d/t CHF, EF 30%.",
        "Order attended polysomnogram d/t severe COPD on 2L O2",
        "PSG (in-lab) 2/2 neuromuscular weakness - ALS",
        "facility-based PSG b/c hx of stroke w/ residual L hemiparesis",
        "NPSG b/c of suspected hypoventilation, BMI 52",
        "pt needs attended psg b/c on opioids",
    ],
)
def test_an_abbreviated_because_gives_the_reason(text: str) -> None:
    assert _reason(text), text


@pytest.mark.parametrize(
    "text",
    [
        "In-lab PSG b/c pt prefers it.",
        "In-lab PSG b/c of pt preference.",
        "attended psg d/t her request",
        "In-lab PSG b/c patient wants it",
        "In-lab PSG because of patient preference.",
        "PSG 2/2/2026 showed AHI 4.",
        "In lab PSG ordered. b/c cath 2/2.",
    ],
)
def test_a_preference_or_a_date_is_no_reason(text: str) -> None:
    assert not _reason(text), text
