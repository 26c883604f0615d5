"""A symptom's time in a statement is not lent to the care named beside it: "L shoulder pain x 2
years, did PT x 4 wks, no better" is four weeks of PT, not two years; "pain since 5/2025, did PT"
is PT of no stated length, not PT since May 2025. Every finding of a statement carried its
longest duration and all its dates, so those read as care long enough for a 12-week item (a
false 'ready', found with wave 28). A duration belongs to the nearest thing it modifies in its
clause (symptom_times.py); the care's own weeks are kept ("PT x 8 wks for the pain", "6 weeks
of PT", "has done PT and meds since late 2024", "meloxicam for 6 months")."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from smartapp.checklists.symptom_times import symptom_spans

from .test_judgement import _note, record, status

#: Each checklist's item of care tried for weeks: its order, diagnosis and a line naming the part.
_ITEMS = {
    "TSA-002": ("23472", "M19.012", "L shoulder OA."),  # 84 days of care
    "THA-002": ("27130", "M16.12", "L hip OA."),
    "TKA-002": ("27447", "M17.12", "L knee OA."),
    "LMRI-003": ("72148", "M54.16", "Lumbar radiculopathy."),  # 6 weeks of care
    "IPN-002": ("62323", "M54.16", "Lumbar radiculopathy."),
}


def _care(item: str, text: str) -> str:
    code, reason, lead = _ITEMS[item]
    note = _note("n1", "2026-02-20", f"{lead} {text}")
    return status(record(code, note, reason=reason), item)["status"]


@pytest.mark.parametrize("item", sorted(_ITEMS))
@pytest.mark.parametrize(
    "text",
    [
        "Pain x 2 years, did PT x 3 wks, no better.",
        "Pain since 5/2025, did PT x 3 wks, no better.",
        "Pain since late 2024, did PT x 3 wks, no better.",
        "Pain for 2 yrs, tried PT, no better.",
        "Pain started 2 years ago, did PT, no better.",
        "Pain x 2 years despite PT and NSAIDs.",
        "Pain x 2 yrs, tried PT and naproxen, no relief.",
        "Tried PT and naproxen, pain x 2 yrs.",
    ],
)
def test_a_symptoms_time_is_not_the_cares(item: str, text: str) -> None:
    assert _care(item, text) == "partial"


@pytest.mark.parametrize("item", ["LMRI-003", "IPN-002"])
@pytest.mark.parametrize(
    "text",
    [
        "Chronic LBP (3 yrs), did PT x 3 wks, no better.",
        "3 months of LBP, tried PT without relief.",
        "2-year history of radicular leg pain; PT 3 wks, no better.",
    ],
)
def test_a_lumbar_symptoms_time_is_not_the_cares(item: str, text: str) -> None:
    assert _care(item, text) == "partial"


@pytest.mark.parametrize("item", sorted(_ITEMS))
@pytest.mark.parametrize(
    "text",
    [
        "PT x 14 wks for the pain, no better.",
        "Has done PT and meds since late 2024.",
        "Meloxicam for 6 months, no better.",
        "Pain x 2 yrs, naproxen 500 BID x 6 months, no relief.",
        "Completed 12 weeks of PT for pain, no better.",
        "Failed PT (14 wks) for pain x 2 yrs.",
        "Pain x 2 yrs - PT, NSAIDs, HEP since 2024 without relief.",
    ],
)
def test_the_cares_own_time_still_counts(item: str, text: str) -> None:
    assert _care(item, text) == "met"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("L shoulder pain x 2 years, did PT x 4 wks", ["x 2 years"]),
        ("pain since 5/2025, did PT", ["since 5/2025"]),
        ("chronic LBP (3 yrs), did PT", ["3 yrs"]),
        ("2-year history of LBP, tried PT", ["2-year history"]),
        ("PT x 8 wks for the pain", []),
        ("6 weeks of PT, pain unchanged", []),
        ("pain unchanged after 6 weeks of PT", []),
        ("PT for knee pain x 4 months", []),
        ("meloxicam for 6 months", []),
        ("PT 2023 (12 visits) and again fall 2025 (8 wks)", []),  # fall the season
        ("recurrent falls x 6 months, PT x 3 wks", ["x 6 months"]),
    ],
)
def test_which_durations_are_the_symptoms(text: str, spans: list[str]) -> None:
    care = [m.start() for m in re.finditer(r"\b(?:PT|meloxicam)\b", text)]
    found = symptom_spans(text, care, dt.date(2026, 2, 20))
    assert [text[a:b] for a, b in found] == spans
