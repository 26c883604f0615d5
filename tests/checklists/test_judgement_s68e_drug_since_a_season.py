"""A drug taken since a season, told before the care listed after it (brief s68-e).

"Since the winter on meloxicam 15 daily + PT (8 wks, Feb-Mar, then HEP)" in a May note: the
meloxicam has run from the winter to the note, and the PT's Feb-Mar is the PT's own (blind wave
72, JP/hya-01, read as two months of care, Feb-Mar, for every piece). "Since the winter" is the
latest winter begun by the note, read from its middle as "since last winter" is (seasons.py),
and the time that opens a statement before its first care is that care's. Not a symptom's
season ("Pain since the winter; PT Feb-Mar"), nor a season not yet reached, nor "since the fall",
which notes write for a fall as often as for autumn.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _knee_ha(hpi: str) -> str:
    """HYA-002 (three months of care in 365 days) for a hyaluronan injection ordered 5/15/2026."""
    text = f"Ortho f/u R knee OA.\n{hpi}\nPlan: Synvisc-One R knee (first HA series)."
    bundle = record("J7325", _note("n1", "2026-05-15", text), reason="M17.11",
                    order={"authoredOn": "2026-05-15"})  # fmt: skip
    report = score_bundle(bundle, service="J7325", as_of=dt.date(2026, 5, 19))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


@pytest.mark.parametrize(
    "hpi",
    [
        "Since the winter on meloxicam 15 daily + PT (8 wks, Feb-Mar, then HEP).",
        "Since winter on naproxen 500 BID, PT 6 wks in March.",
        "Since the winter taking meloxicam daily; PT x 8 wks (Feb-Mar), now HEP.",
        "Since about the winter: diclofenac 75 BID + PT (Feb-Mar).",
        "since the winter on meloxicam 15mg qd + formal PT feb-mar then HEP",
        "Started meloxicam in the winter, PT 8 wks Feb-Mar, then HEP - no relief.",
        "On celecoxib since winter + PT (8 wks, Feb-Mar).",
    ],
)
def test_a_drug_since_the_winter_runs_to_the_note(hpi: str) -> None:
    assert _knee_ha(hpi) == "met", hpi


@pytest.mark.parametrize(
    "hpi",
    [
        "Knee pain since the winter; PT (8 wks, Feb-Mar), then stopped.",
        "Since the fall on meloxicam + PT (Feb-Mar).",
        "Since the winter: PT (Feb-Mar), then stopped; no meds.",
    ],
)
def test_no_drug_running_since_a_season(hpi: str) -> None:
    assert _knee_ha(hpi) != "met", hpi


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("since the winter", 120),  # the middle of the winter of 2025-26 (1/15/2026)
        ("since winter", 120),
        ("began in the spring", 44),  # 4/1/2026
        ("since the summer", 318),  # the summer over by the note: 7/1/2025
    ],
)
def test_a_bare_season_is_the_latest_begun_by_the_note(text: str, days: int) -> None:
    assert [d.days for d in find_durations(text, dt.date(2026, 5, 15))] == [days]


@pytest.mark.parametrize(
    "text",
    ["since the fall", "since fall in Dec", "since the winter of 2020", "since spring break"],
)
def test_no_bare_season_read(text: str) -> None:
    assert find_durations(text, dt.date(2026, 5, 15)) == []
