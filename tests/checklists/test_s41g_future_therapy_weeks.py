"""Weeks of therapy told in the future tense are the course to come, not care had (blind wave
44, FJ/occ-02): "Will complete PT course 2x/wk x 6 wks" after "2 PT visits so far" counted six
weeks back from the note, and met OCC-002's completed acute therapy two visits into it. What
has been had is what the note dates (the visits so far); a drug's weeks are not this rule's."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.planned_weeks import weeks_planned

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    "text",
    [
        "Will complete PT course 2x/wk x 6 wks.",
        "Will likely continue physical therapy 3x/week for 4 weeks",
        "Pt plans to finish the OT 2x/wk x 5 wks, then RTW.",
    ],
)
def test_therapy_weeks_in_the_future_tense_are_planned(text: str) -> None:
    assert weeks_planned(text)


@pytest.mark.parametrize(
    "text",
    [
        "Did PT x 6 wks, will continue PT at home.",  # the weeks had come before
        "Will continue naproxen, taken x 8 wks.",  # a drug's weeks
        "Will complete PT 2x/wk x 6 wks - completed, no better",  # said done
    ],
)
def test_weeks_had_or_a_drugs_are_not_planned_here(text: str) -> None:
    assert not weeks_planned(text)


def test_two_visits_into_a_course_to_be_completed_is_no_completed_therapy() -> None:
    first = _note(
        "v1", "2026-02-02",
        "Occ health: DOI 1/28/26, lifting a pallet at the warehouse (claim 55-2201), L shoulder "
        "strain. Job: stocker, lifts 40 lb overhead. Off work. PT referral placed.",
    )  # fmt: skip
    later = _note(
        "v2", "2026-03-16",
        "F/u L shoulder: 2 PT visits so far (eval 3/3, 3/10). Will complete PT course 2x/wk x 6 "
        "wks. Cannot lift over 10 lb overhead. Plan: work hardening 4 h/day x 4 wks.",
    )  # fmt: skip
    bundle = record("97545", first, later, reason="S46.912A")
    assert status(bundle, "OCC-002", as_of=date(2026, 3, 17))["status"] != "met"
