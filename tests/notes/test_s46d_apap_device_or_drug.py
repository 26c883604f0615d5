"""The word "APAP" read by its context (s46-d): the auto-titrating PAP device in a sleep note or
beside a pressure ("APAP 4-20", "start APAP trial" in an OSA plan), acetaminophen beside a dose, a
schedule, pain or another analgesic. One word, two readings: the targets file gives it both and
notes/apap_reading.py keeps the one the context gives."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _readings(text: str) -> set[str]:
    found = find_findings([NoteInput("DocumentReference/s1", text)])
    return {f.concept for f in found if f.text.lower() == "apap"} & {"pap-settings", "analgesic"}


@pytest.mark.parametrize(
    "text",
    [
        "Plan: begin APAP 6-16 cm H2O, full face mask, humidifier on.",
        "Moderate OSA on the home study (AHI 22). Will start an APAP trial and see her in 8 wks.",
        "Titration not needed - APAP with a range of 5 to 15.",
        "Download reviewed: APAP usage 7.1 hrs/night, residual AHI 1.8.",
        "Plan: order APAP (min 5 max 18).",
    ],
)
def test_apap_in_a_sleep_plan_is_the_auto_titrating_device(text: str) -> None:
    assert _readings(text) == {"pap-settings"}


@pytest.mark.parametrize(
    "text",
    [
        "Right hip pain. APAP 500 mg 2 tabs TID for 6 weeks, little relief.",
        "Tried apap and naproxen without benefit.",
        "Taking APAP prn for the low back.",
        "Meds: lisinopril, APAP, atorvastatin.",
        "OSA on CPAP 9 cm. Knee pain despite APAP 650 mg q6h.",
        "Infusion premeds: APAP 1000, diphenhydramine 50 IV.",
        # A problem list naming OSA does not make a knee note's conservative care the device.
        "PMH: OSA, HTN. Knee: HEP, APAP.",
        "Hx sleep apnea. L shoulder - ice, heat, APAP, sling.",
    ],
)
def test_apap_beside_a_dose_pain_or_other_drugs_is_acetaminophen(text: str) -> None:
    assert _readings(text) == {"analgesic"}
