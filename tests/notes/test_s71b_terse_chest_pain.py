""""CP" is chest pain beside how it feels, when it began, how long or how often it comes, or
the assessment's pretest probability (blind wave 79, KP/cardiac-03: 'S: 51F, intermittent
sharp/pressure CP since "over the summer"' and 'A: CP, intermediate pretest prob' were read as
nothing, CARD-001 missing). Cerebral palsy, a cold pack and a care plan stay out."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _chest_pain(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.concept == "cardiac-symptom" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        'S: 51F, intermittent sharp/pressure CP since "over the summer", some w/ exertion.',
        "pressure CP, worse climbing hills.",
        "CP since June, no SOB.",
        "CP x 2 months, comes and goes.",
        "CP on and off for weeks.",
        "CP off and on since spring",
        "Pt c/o intermittent CP.",
        "55M w/ dull squeezing CP, lasts 5-10 min.",
        "A: CP, intermediate pretest prob. P: CCTA.",
        "CP for 3 wks, worse after meals?",
        "new onset CP last Tues",
    ],
)
def test_terse_chest_pain_is_read(text: str) -> None:
    assert _chest_pain(text)


@pytest.mark.parametrize(
    "text",
    [
        "spastic CP, GMFCS IV, wheelchair for long distances.",
        "HP/CP x 15 min to L knee.",
        "CP (care plan) reviewed with family.",
        "hx of CP, GMFCS III.",
        "CP since birth, walks with crutches.",
        "Denies CP since last visit.",
        "CP (cold pack) on and off to shoulder at home.",
    ],
)
def test_other_cps_and_denied_chest_pain_are_not_read(text: str) -> None:
    assert not _chest_pain(text)
