"""A drug's field answered with the screen run before its first dose ("Mercaptopurine: TPMT
checked, normal") tells the drug weighed, not taken (blind wave 56: a thiopurine readied for
and never begun was read as a trial). A line that also gives a dose or course is a trial."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _taken(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 4, 20))])
    return any(f.category == "medication-history" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mercaptopurine: TPMT checked 4/2, normal activity.",
        "Methotrexate - baseline LFTs and CBC wnl 3/30.",
        "Hydroxychloroquine: baseline retinal exam booked.",
        "Imuran: QuantiFERON neg, HBsAg neg; will decide at next visit.",
    ],
)
def test_a_drug_answered_with_its_pre_start_screen_is_not_taken(text: str) -> None:
    assert not _taken(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mercaptopurine: TPMT normal, started 50 mg daily 1/2026.",
        "Methotrexate: baseline LFTs ok; tried 15 mg weekly x 4 mo, no response.",
        "Methotrexate 20 mg weekly 2024-2025, stopped for LFT rise.",
    ],
)
def test_a_drug_with_a_dose_or_course_is_still_taken(text: str) -> None:
    assert _taken(text)
