"""A drug's extended release is no X-ray, and a daughter no deep tendon reflex (s71-f; noticed at
stop 52 without a blind case).

"metformin XR 500 mg", "Seroquel XR" read as a radiograph (the capitals "XR" were always a film:
film_shorthand.py read only the lower case "xr" against a dose or a drug), so an imaging item
asking for a radiograph could stand on a medication list. "Dtr drove her", "lives w/ dtr" read
as deep tendon reflexes, so an exam item asking for reflexes stood on who drove the patient.
Films and reflexes written the ways notes write them still count.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _concepts(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 3, 10))])
    return {f.concept for f in found if f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "Meds: metformin XR 500 mg BID",
        "Seroquel XR 300 mg qhs",
        "Current meds: Seroquel XR, lisinopril, ASA",
        "metFORMIN XR 750 daily with supper",
        "Takes Wellbutrin XR 150 and Effexor XR 75 mg",
        "quetiapine XR 50 at bedtime",
        "Med list: Depakote ER, Adderall XR 20mg, Ambien CR 12.5 mg, oxybutynin XL 10 mg",
        "Continue Xanax XR; refilled",
        "Lamictal XR 200mg PO daily",
    ],
)
def test_a_drugs_extended_release_is_no_film(text: str) -> None:
    assert "x-ray" not in _concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "R knee XR 1/2026 severe OA",
        "XR R knee: severe medial joint space narrowing",
        "XR 1/14/26 shows end-stage OA",
        "Knee XR reviewed today, bone on bone",
        "Outside XR of the hip reviewed",
        "XR lumbar spine 2/1/26 normal",
    ],
)
def test_a_film_stays_a_film(text: str) -> None:
    assert "x-ray" in _concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dtr drove her today.",
        "Lives w/ dtr and son-in-law.",
        "dtr at bedside, helps with meds",
        "Hx obtained from pt and dtr.",
        "Accompanied by her Dtr, who reports falls.",
        "Dtr is primary caregiver",
        "per dtr, pt has been more confused",
        "Social: widowed, dtrs check on her daily",
    ],
)
def test_a_daughter_is_no_reflex(text: str) -> None:
    assert "reflexes" not in _concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "DTRs 2+ sym",
        "DTR: 1+ L patella",
        "Neuro: dtrs 2+ and symmetric",
        "dtr 1+ bilat patellar, absent achilles",
        "Reflexes: DTR 2/4 throughout",
        "Neuro: strength 5/5, sensation intact, DTRs normal",
        "DTRs diminished at ankles",
    ],
)
def test_a_reflex_stays_a_reflex(text: str) -> None:
    assert "reflexes" in _concepts(text)
