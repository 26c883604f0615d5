"""The note reader's side of brief s65-plans (blind wave 109).

A candidacy for a surgery beside the surgery's booked day is a definite plan (candidate_booked.py:
OY/tka-03's "candidate for medial UKA ... Surgery 11/30"); the last series' date in brackets after
a repeat series' plan is not the plan's date (finding_dates.py: OY/hyaluronan-02's ">6 mo since
last series (12/10/25)"); a hyaluronan product's full brand name is the injection plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 10, 28)


def _plans(text: str, concept: str, day: date = DAY) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, day)])
    return [f for f in found if f.category == "treatment-plan" and f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L medial compartment OA, candidate for medial UKA. Anticipate faster recovery, "
        "pain relief. Surgery 11/30.",
        "A/P: good candidate for R TKA. Surgery scheduled for 12/2/26.",
        "A/P: candidate for L partial knee replacement. DOS: 11/30.",
    ],
)
def test_a_candidacy_beside_its_booked_day_is_definite(text: str) -> None:
    plans = _plans(text, "knee-replacement-plan")
    assert plans and not any(f.speculative for f in plans), text


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L medial OA, candidate for medial UKA. Will discuss.",
        "A/P: candidate for UKA vs TKA in future. Surgery 11/30.",
        "A/P: candidate for L UKA. Surgery 11/30 cancelled.",
        "A/P: candidate for L UKA. s/p surgery 3/2/24 on the R.",
        "A/P: may be a candidate for L UKA eventually. Surgery 11/30.",
    ],
)
def test_a_candidacy_without_a_booking_stays_speculative(text: str) -> None:
    plans = _plans(text, "knee-replacement-plan")
    assert plans and all(f.speculative for f in plans), text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: repeat Supartz FX series R knee, 3 weekly inj, >6 mo since last series (12/10/25).",
        "Plan: repeat Gelsyn-3 R knee, last series (11/3/25).",
    ],
)
def test_the_last_series_date_in_brackets_is_not_the_plans(text: str) -> None:
    plans = _plans(text, "injection-plan", date(2026, 7, 8))
    assert plans and all(f.when is None or f.when >= date(2026, 7, 8) for f in plans), text


@pytest.mark.parametrize(
    "text",
    ["Plan: Supartz FX R knee.", "Plan: Gelsyn-3 R knee.", "Plan: Synvisc One L knee."],
)
def test_a_full_brand_name_is_the_injection_plan(text: str) -> None:
    assert _plans(text, "injection-plan"), text


def test_a_past_series_keeps_its_date() -> None:
    plans = _plans("HPI: Supartz FX series R knee 11/26-12/10/2025, 60% relief.", "injection-plan")
    assert all(f.when is not None and f.when.year == 2025 for f in plans)
