"""OSA diagnosed before the order, as notes write it (session s69-a, blind wave 74,
JS/sleep-studies-03). An attended titration (95811) rests on an earlier diagnosis: an earlier
study's, a known OSA, PAP already in use. A first work-up's study to come, a suspicion, a
relative's OSA or a denial is none: "Plan: in-lab split-night PSG" is the diagnosis being made."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _told(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.concept == "osa-diagnosed" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "OSA dx'd on PSG 2024, AHI 31.",  # terse
        "Known OSA on CPAP since 2022, here for pressure check.",
        "Obstructive sleep apnea diagnosed by HSAT 11/2025.",
        "S: severe OSA on home sleep test last yr; wants titration.",  # SOAP
        "Hx: OSA (dx 2023), uses APAP nightly.",
        "A/P: h/o OSA, noncompliant w/ cpap d/t mask discomfort.",
        "obstructive sleep apnoea diagnosed on polysomnogram",  # British spelling
        "HSAT 1/2026 c/w moderate OSA.",
        "Pt on CPAP x 3 yrs.",
        "OSA diagnosed in 2021.",
    ],
)
def test_an_earlier_diagnosis_is_read(text: str) -> None:
    assert _told(text), text


@pytest.mark.parametrize(
    "text",
    [
        "No prior sleep study; OSA not yet diagnosed.",  # negated
        "Plan: in-lab split-night PSG to evaluate for OSA, CPAP if positive.",  # planned
        "Will start CPAP if PSG confirms OSA.",
        "If HSAT shows OSA, start APAP.",  # hypothetical
        "Snoring for years per husband, witnessed apneas, ESS 12. Plan: in-lab split-night PSG.",
        "Husband has OSA and uses CPAP.",  # another person
        "Mother dx'd with OSA on PSG.",
        "Family history of OSA.",
        "Suspected OSA; r/o OSA by PSG.",  # a suspicion
        "Eval for OSA by in-lab PSG.",
        "Not on CPAP.",
        "Denies prior diagnosis of OSA; never used CPAP.",
        "[Pasted] Payer note: HSAT is the preferred first test for adults at high risk for OSA.",
    ],
)
def test_no_earlier_diagnosis(text: str) -> None:
    assert not _told(text), text
