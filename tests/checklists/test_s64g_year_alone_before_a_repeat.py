"""A prior hyaluronan series dated by its year or month alone may have been given on its last
day: for HYA-006 (at least 6 months since the last series, LCD L39260) an uncertain date does
not show the interval (checklists/latest_days.py). Probed for session s64-g: "had Synvisc in
2025" before a repeat of 9 March 2026 was read as 1 January 2025, fourteen months back, and met.
A day written, a month wholly before the six months, or a year that ended more than six months
before the repeat still shows it; a lookback's year alone stays on its first day
(test_s41k_year_alone_in_a_lookback.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_CARE = "Prior tx: PT 2024 x 12 visits, naproxen, HEP daily. Steroid inj R knee 2024, 6 wks relief."


def _hya_006(prior: str, service: str = "2026-03-09", *extra: dict) -> str:
    written = date.fromisoformat(service).replace(day=2)
    text = (
        f"S: R knee pain back since Jan. {prior}\n{_CARE}\nO: R knee crepitus, effusion.\n"
        "A/P: R knee OA. Repeat Synvisc-One R knee."
    )
    order = {"authoredOn": written.isoformat(), "occurrenceDateTime": service}
    note = _note("n1", written.isoformat(), text)
    bundle = record("J7325", note, *extra, reason="M17.11", order=order)
    return status(bundle, "HYA-006", as_of=written.replace(day=3))["status"]


def _synvisc(**performed: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": "pr",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"text": "Synvisc-One injection right knee"},
        "bodySite": [{"text": "Right knee"}],
        **performed,
    }


@pytest.mark.parametrize(
    "prior",
    [
        "Had Synvisc in 2025, helped.",
        "Last injection 2025 (Synvisc-One R knee), good relief.",
        "Synvisc-One R knee 2025 - good relief ~6 mo.",
        "Synvisc-One R knee 9/2025, good relief.",
    ],
)
def test_a_year_or_month_that_may_fall_in_the_six_months_does_not_show_them(prior: str) -> None:
    assert _hya_006(prior) == "missing"


@pytest.mark.parametrize("performed", [{"performedString": "2025"}, {"performedDateTime": "2025"}])
def test_a_procedure_dated_by_its_year_alone_does_not_either(performed: dict) -> None:
    assert _hya_006("Prior Synvisc helped.", "2026-03-09", _synvisc(**performed)) == "missing"


@pytest.mark.parametrize(
    "prior",
    [
        "Synvisc-One R knee 6/2025, good relief.",
        "Synvisc-One R knee 8/2025, good relief.",
        "Synvisc-One R knee 3/15/2025, good relief.",
    ],
)
def test_a_day_or_a_month_wholly_before_the_six_months_still_shows_them(prior: str) -> None:
    assert _hya_006(prior) == "met"


def test_a_year_that_ended_more_than_six_months_before_still_shows_them() -> None:
    assert _hya_006("Had Synvisc in 2025, helped.", "2026-08-10") == "met"


@pytest.mark.parametrize(
    "performed", [{"performedString": "June 2025"}, {"performedDateTime": "2025-06"}]
)
def test_a_procedure_dated_by_a_month_before_the_six_months_still_shows_them(
    performed: dict,
) -> None:
    assert _hya_006("Prior Synvisc helped.", "2026-03-09", _synvisc(**performed)) == "met"


@pytest.mark.parametrize("season", ["Fall 2025", "autumn of 2025", "~Fall 2025"])
def test_a_procedure_dated_by_a_season_is_a_prior_series_to_its_last_day(season: str) -> None:
    """Left undated, a series of "Fall 2025" was no prior series and HYA-006 did not apply."""
    assert _hya_006("Prior Synvisc helped.", "2026-03-09", _synvisc(performedString=season)) == (
        "missing"
    )


@pytest.mark.parametrize("season", ["Spring 2025", "summer 2025"])
def test_a_season_that_ended_before_the_six_months_shows_them(season: str) -> None:
    assert _hya_006("Prior Synvisc helped.", "2026-03-09", _synvisc(performedString=season)) == (
        "met"
    )


@pytest.mark.parametrize("vague", ["Winter 2025", "late 2025", "years ago"])
def test_a_vague_time_stays_undated(vague: str) -> None:
    assert _hya_006("Prior Synvisc helped.", "2026-03-09", _synvisc(performedString=vague)) == (
        "not_applicable"
    )
