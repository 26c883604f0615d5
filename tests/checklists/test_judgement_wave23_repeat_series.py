"""A repeat hyaluronan series is six months after the last one on the day it is given (blind
wave 23, CD/hya-02): a Synvisc-One of 5/19 and a repeat scheduled 11/19 are six months apart,
though the request is checked on 11/9; HYA-006 counted its 183 days back from the check and
called the repeat too soon. Its window counts back from the proposed date of service
(``since: service``); a repeat proposed inside the six months is still too soon, and nothing
recorded after the check counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_SHOT = {
    "resourceType": "Procedure",
    "id": "p1",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {
        "coding": [{"system": "https://www.cms.gov/medicare/hcpcs", "code": "J7325"}],
        "text": "Synvisc-One 48 mg, left knee",
    },
    "performedDateTime": "2026-05-19",
    "bodySite": [{"text": "Left knee"}],
}


@pytest.mark.parametrize(
    ("service", "expected"), [("2026-11-19", "met"), ("2026-11-12", "missing")]
)
def test_six_months_count_back_from_the_day_of_the_repeat(service: str, expected: str) -> None:
    order = {"authoredOn": "2026-11-03", "occurrenceDateTime": service}
    bundle = record("J7325", _SHOT, reason="M17.12", order=order)
    report = score_bundle(bundle, as_of=date(2026, 11, 9))
    assert {i["id"]: i for i in report["items"]}["HYA-006"]["status"] == expected


def _care_before_the_first_series(*prior: dict) -> str:
    old = _note(
        "n1",
        "2025-03-04",
        "Ortho f/u 3/4/2025\nL knee OA. Naproxen 500 BID since 2024, PT 12 visits fall 2024. "
        "Plan: L knee CSI today.",
    )
    order = {"authoredOn": "2026-11-03", "occurrenceDateTime": "2026-11-19"}
    bundle = record("J7325", old, *prior, reason="M17.12", order=order)
    report = score_bundle(bundle, as_of=date(2026, 11, 9))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


def test_a_repeat_series_counts_the_care_failed_before_the_first() -> None:
    # 'Naproxen since 2024, PT 12 visits, HEP; failed before the first series' (CD/hya-02).
    assert _care_before_the_first_series(_SHOT) == "met"


def test_a_first_series_still_needs_care_in_the_last_year() -> None:
    assert _care_before_the_first_series() != "met"
