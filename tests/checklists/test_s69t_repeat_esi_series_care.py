"""A repeat epidural is judged by the prior injection's response (IPN-009), not by a new trial
of conservative care in the 180 days before it (brief s69-t, blind wave 76 KD/spinal-03): the
PT, gabapentin and HEP that came before the 4/15 ESI, whose 70% relief lasted 5 months, were
"care found only outside the window" for the repeat of 10/26. The care that qualified the
series counts for a repeat in the same region; a first injection, a prior one in another region
or more than a year back, and care older than two years still need care in the 180 days.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

#: A lumbar interlaminar ESI given 2025-10-01, five months before the repeat ordered 2026-02-25.
PRIOR_ESI = {
    "resourceType": "Procedure",
    "id": "esi1",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {
        "coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "62323"}],
        "text": "Lumbar interlaminar epidural steroid injection L4-5",
    },
    "performedDateTime": "2025-10-01",
}
RESPONSE = _note(
    "n2", "2026-02-20",
    "L5 radicular pain back. ESI 10/1/25 gave ~70% relief lasting about 4 months. NRS 7.",
)  # fmt: skip


def _repeat(care: str, prior: dict | None = PRIOR_ESI, day: str = "2025-07-20") -> str:
    """IPN-002 for a lumbar ESI ordered 2026-02-25 (as of 2026-03-01), the care told on ``day``."""
    resources = [_note("n1", day, care), RESPONSE] + ([prior] if prior else [])
    return status(record("62323", *resources), "IPN-002")["status"]


@pytest.mark.parametrize(
    "care",
    [
        "L leg pain L5. PT 6/1-7/15 (12 visits), gabapentin 300 TID, HEP - no better.",
        "Lumbar radicular pain since spring. Did PT x 8 wks and meloxicam 15 daily, no relief.",
        "L5 radiculopathy: completed 10 PT visits 5/20-7/10, naproxen 500 BID, persistent pain.",
        "Sciatica L leg. Gabapentin 300 TID since 5/15, PT 2x/wk x 6 wks, still 7/10.",
        "LBP with L leg pain. Failed PT (8 wks) and ibuprofen 800 TID.",
        "L leg pain. PT 6 wks (June-July) + duloxetine 30 daily, minimal relief.",
        "Radicular pain L5. Chiropractic 6/1-7/12 then PT, cyclobenzaprine, HEP daily - no change.",
        "L L5 radiculopathy. Pregabalin 75 BID since 6/1 and home exercise program, no better.",
    ],
)
def test_the_series_care_counts_for_a_repeat(care: str) -> None:
    assert _repeat(care) == "met", care


_OTHER_REGION = {**PRIOR_ESI, "code": {
    "coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "62321"}],
    "text": "Cervical interlaminar epidural steroid injection C6-7",
}}  # fmt: skip
_OVER_A_YEAR = {**PRIOR_ESI, "performedDateTime": "2025-01-15"}
_CARE = "L leg pain L5. PT 6/1-7/15 (12 visits), gabapentin 300 TID, HEP - no better."


@pytest.mark.parametrize(
    ("prior", "day"),
    [
        (None, "2025-07-20"),  # a first injection: its care must be recent
        (_OTHER_REGION, "2025-07-20"),  # a neck's injection is no lumbar series
        (_OVER_A_YEAR, "2025-07-20"),  # no prior injection in the year IPN-009 reads
        (PRIOR_ESI, "2023-07-20"),  # care more than two years back
    ],
)
def test_a_first_injection_or_no_series_still_needs_recent_care(prior, day) -> None:
    care = _CARE.replace("6/1-7/15", "6/1/23-7/15/23") if day.startswith("2023") else _CARE
    assert _repeat(care, prior, day) != "met"
