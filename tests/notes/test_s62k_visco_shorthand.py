"""Hyaluronan for the knee is written "visco" alone (phrasing grid s62, HYA-006: "REPEAT VISCO:
LAST SERIES 7 MO AGO" named no prior series, so a repeat series' interval went unread). A gel
rubbed on the skin, a series only considered or denied, and viscous lidocaine are none."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

WRITTEN = dt.date(2026, 3, 1)


def _series(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, WRITTEN)])
    return [
        f for f in found if f.concept == "viscosupplementation" and f.asserted and not f.planned
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Visco series R knee completed 7/2025 with good relief.",
        "s/p visco x3 last summer, helped ~6 months.",
        "LAST VISCO 8 MO AGO, GOOD RESPONSE.",
        "Visco-supplementation R knee 2025, good response.",
        "visco series done 4/2025 - pain 8 -> 3",
        "Prior treatments: NSAIDs, PT, knee visco (2025).",
        "pt states the visco worked better than the cortisone",
        "A: knee OA, did well with visco injections last year.",
    ],
)
def test_visco_and_gel_shots_name_a_series(text: str) -> None:
    assert _series(text)


@pytest.mark.parametrize(
    "text",
    [
        "Using Voltaren gel on the knee twice a day.",
        "Will consider visco if no better in 6 weeks.",
        "No prior visco.",
        "Viscous lidocaine for mouth sores.",
    ],
)
def test_gel_on_the_skin_planned_or_denied_is_no_series(text: str) -> None:
    assert not _series(text)
