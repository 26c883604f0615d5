"""A home program the note writes as done now: "does HEP", "HEP daily" after a therapy course of
a past year.

Blind wave 46, FS/hyaluronan-02 ("Did PT 2023 (12 visits) and does HEP; meloxicam daily") and
FR/hyaluronan-03 ("PT 2023 + HEP daily, acetaminophen, tried naproxen"): HYA-002's three months
of conservative care were called missing. The home program took the line's 2023 and fell outside
the window, as "HEP ongoing" no longer does (ongoing_care.py): a present-tense "does" before it,
or how often it is done written right after it, says it is kept up now, and joined to the
therapy it was taught in, it runs from that therapy.

Not care now: how the patient does with it ("does well with HEP"), a program not done ("does
not do HEP"), a program dated by its own words ("HEP daily x 6 wks 2024"), nor a drug's dose
("naproxen daily" says nothing of now).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.ongoing_care import continued_before, ongoing
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _knee_ha(hpi: str) -> str:
    """HYA-002 (84 days of care in 365) for a hyaluronan injection ordered 2026-10-05."""
    text = f"HPI: 58F L knee OA, aching on stairs. {hpi}\nA/P: L knee OA. Orthovisc L knee."
    bundle = record("J7324", _note("n1", "2026-10-05", text), reason="M17.12",
                    order={"authoredOn": "2026-10-05"})  # fmt: skip
    report = score_bundle(bundle, service="J7324", as_of=dt.date(2026, 10, 7))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


@pytest.mark.parametrize(
    "hpi",
    [
        "Had PT 2024 (10 visits) and does her HEP.",
        "PT in 2024 and still performs HEP.",
        "PT 2024 + HEP daily, ibuprofen.",
        "PT x 8 wks 2024 and home exercises 3x/wk.",
    ],
)
def test_home_program_kept_up_since_past_therapy_is_care_now(hpi: str) -> None:
    assert _knee_ha(hpi) == "met"


@pytest.mark.parametrize(
    "hpi",
    [
        "Had PT 2024 (10 visits) and does well with HEP.",
        "PT 2024, does not do HEP.",
        "PT 2024 + HEP daily x 6 wks 2024.",
    ],
)
def test_home_program_not_said_to_be_done_now_stays_in_its_year(hpi: str) -> None:
    assert _knee_ha(hpi) != "met"


def test_how_the_patient_does_and_a_drug_s_dose_are_no_care_now() -> None:
    assert continued_before("PT 2024 and does well with ") is None
    assert ongoing("HEP (daily)")
    assert not ongoing("naproxen daily.")
