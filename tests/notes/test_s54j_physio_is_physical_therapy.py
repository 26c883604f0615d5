"""Physical therapy by its other names ("physio", "physiotherapist", "physical therapist") is the
same care as "PT": a course had, with its weeks, and denied, planned or a relative's the same way.
Before, "referred to physio" and "saw a physical therapist x8" found no therapy at all, and "6 wks
physiotherapy" found the therapy without its weeks."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _therapy(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/p1", text, dt.date(2026, 5, 20))])
    return [f for f in found if f.concept == "physical-therapy"]


@pytest.mark.parametrize(
    "text",
    [
        "Did physio twice weekly through the winter without relief.",
        "Physio x 8 wks (Jan-Mar 2026), plateaued.",
        "She has been seeing a physiotherapist since January.",
        "Saw a physical therapist for 10 visits last fall.",
        "Hx: physio - 12 sessions, minimal benefit.",
        "Tried physio therapy at the Y clinic, 6 weeks.",
        "Worked with physical therapists at Ortho Rehab 2/2026-4/2026.",
        "Conservative care: NSAIDs, physio, home exercises.",
    ],
)
def test_other_names_of_physical_therapy_are_therapy_had(text: str) -> None:
    assert any(f.asserted for f in _therapy(text))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Completed 7 wks physiotherapy, no lasting change.", 49),
        ("physio 6 weeks, then HEP.", 42),
        ("Finished 8 weeks of physio in April.", 56),
    ],
)
def test_weeks_of_physio_are_the_course_length(text: str, days: int) -> None:
    assert any(f.asserted and f.duration_days == days for f in _therapy(text))


@pytest.mark.parametrize(
    "text",
    [
        "No physio to date.",
        "Declined physiotherapy.",
        "Will refer to a physical therapist.",
        "Physio recommended; pt to call for appointment.",
        "Mother had physio after her hip fracture.",
        "Referred to physio in March, never went (cost).",
    ],
)
def test_physio_denied_planned_or_a_relatives_is_not_had(text: str) -> None:
    found = _therapy(text)
    assert found and not any(f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    ["Physio eval 3/2/26: lumbar flexion limited.", "Physiotherapy initial evaluation done 2/9."],
)
def test_a_physio_evaluation_is_a_therapy_evaluation(text: str) -> None:
    found = find_findings([NoteInput("DocumentReference/p2", text, dt.date(2026, 5, 20))])
    assert any(f.concept == "therapy-evaluation" and f.asserted for f in found)


def test_physio_in_a_home_health_order_is_a_discipline_with_its_frequency() -> None:
    text = "Home health physio 2w4 for gait and transfers."
    found = find_findings([NoteInput("DocumentReference/p3", text, dt.date(2026, 5, 20))])
    concepts = {f.concept for f in found if f.asserted}
    assert {"skilled-need", "frequency"} <= concepts
