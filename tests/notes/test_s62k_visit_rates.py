"""A home-health or therapy plan's visit frequency written as a rate with a slash or a "q"
("SN 2/wk x 4 wks", "RN visit q2 weeks", an aide's "4 hrs/day, 5 days/wk") is the plan's
frequency as "2x/wk" is (phrasing grid s62, HHC-005: "8 PT visits (2/wk x 4 wks)", "SN 1 VISIT
Q2WKS", "HHA 4 HRS/DAY 5 DAYS/WK" named none). A rate of the patient's own activity, a drug's
dosing interval or a device's nightly use is no visit frequency."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

WRITTEN = dt.date(2026, 3, 1)


def _frequency(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, WRITTEN)])
    return [
        f for f in found if f.category == "plan-of-care" and f.concept == "frequency" and f.asserted
    ]


@pytest.mark.parametrize(
    "text",
    [
        "SN 2/wk x 4 wks for wound care and teaching.",
        "PT 3/week x 6 weeks, then reassess.",
        "Skilled nursing visits every 2 weeks x 60 days for med management.",
        "RN visit q2 weeks to supervise the aide.",
        "HHA 3 hrs/day, 5 days/wk for bathing and dressing.",
        "Home health aide 2 hours/day x 30 days.",
        "OT 1/wk for 4 wks (home safety, ADL retraining).",
        "Requesting 6 PT visits (2/week x 3 weeks) for gait training.",
    ],
)
def test_a_visit_rate_is_the_frequency(text: str) -> None:
    assert _frequency(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt walks 3/wk at the mall with her daughter.",
        "Works 5 days/wk as a cashier.",
        "Humira 40 mg every 2 weeks.",
        "Wears the knee brace 4 hrs/day.",
        "Uses CPAP about 4 hours/night.",
    ],
)
def test_an_activity_dose_or_device_rate_is_none(text: str) -> None:
    assert not _frequency(text)
