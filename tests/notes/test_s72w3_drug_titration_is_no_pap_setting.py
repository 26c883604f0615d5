""" "Titration" is a PAP's pressure setting in a sleep note ("CPAP titration 4/2: optimal pressure
9 cm", "titrated to 12 cm H2O") and a drug's dose worked up or down everywhere else: a home
health note's "daily wt/diuretic titration per protocol" (blind wave 81, KX/home-health-02) gave
CPAP-005's PAP plan from a heart failure nurse's work, a false "met" waiting for a CPAP order.
notes/apap_reading.py reads the word by its clause, as it reads "APAP".
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _pap_titration(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(
        f.asserted and f.concept == "pap-settings" and f.text.lower().startswith("titrat")
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "CPAP titration 4/2: optimal pressure 9 cm.",
        "in-lab titration done, pressure 10",
        "titrated to 12 cm H2O",
        "Titration: pressure 8, nasal pillows.",
        "Split-night study with titration; residual AHI 3 at 11 cm.",
        "BiPAP titration recommended.",
    ],
)
def test_a_pap_titration_is_a_pap_setting(text: str) -> None:
    assert _pap_titration(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Skilled RN needed for daily wt/diuretic titration per protocol.",
        "Diuretic titration per protocol.",
        "insulin titration per sliding scale",
        "titrated lasix to 40 mg bid",
        "Lasix titrated up to 80 mg",
        "titration of insulin glargine by 2 units q3d",
        "Dose titration of metoprolol",
        "gabapentin titrated up slowly",
        "opioid titration per pain team",
        "Torsemide titration based on daily weights.",
    ],
)
def test_a_drug_titrated_is_no_pap_setting(text: str) -> None:
    assert not _pap_titration(text), text
