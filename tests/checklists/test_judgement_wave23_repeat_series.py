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

from .test_judgement import record

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
