"""A ticked "Cane/walker insufficient" the narrative answers no (brief s70-b, blind wave 75,
KB/dme-wheelchair-03; WHC-003 under NCD 280.3 B).

The supplier's PA form ticked "[X] Cane/walker insufficient" while the physiatry note read
"Ambulates 150 ft with RW + CGA at home" and "Plan: lightweight manual wheelchair; continue RW at
home": the walker serves in the home, so the tick is a form default (ticked_boxes.py,
walker_serves.py). The same fact in other wordings answers the tick no; a walk the device still
leaves short or stopped, a use capped to a room, a denial, a goal, a past walk, another person's
walk or a narrative written years from the form leave the tick standing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_FORM = (
    "DME PRIOR AUTH FORM (supplier fax)\n[X] Mobility limitation impairs MRADLs in the home\n"
    "[X] Cane/walker insufficient\n[X] Home accommodates wheelchair\n[X] Pt able to self-propel"
)


def _tick_counts(narrative: str, written: dt.date = dt.date(2026, 11, 30)) -> bool:
    notes = [
        NoteInput("DocumentReference/visit", narrative, written),
        NoteInput("DocumentReference/form", _FORM, dt.date(2026, 12, 2)),
    ]
    return any(
        f.concept == "cane-walker-insufficient" and f.asserted and f.note_ref.endswith("form")
        for f in find_findings(notes)
    )


@pytest.mark.parametrize(
    "narrative",
    [
        "Ambulates 150 ft with RW + CGA at home; does own toileting w/ setup.",
        "Gait: amb 200' w/ FWW, SBA, no LOB.",
        "Gait w/ rollator x 300 ft, supervision.",
        "Function: RW adequate in home. Wants chair for church.",
        "Rollator is sufficient for household mobility.",
        "Safe with walker in the home; uses it to reach bathroom and kitchen.",
        "Pt is mod I with rollator for household distances.",
        "A/P: manual wheelchair for community outings; continues rollator for household distances.",
        "WALKS 40 M WITH QUAD CANE INDEP AT HOME",
        "amb 150ft w/RW in apt, CGA",
        "Plan: lightweight manual wheelchair. Will keep using his walker in the house.",
    ],
)
def test_a_narrative_walker_that_serves_at_home_answers_the_tick_no(narrative: str) -> None:
    assert not _tick_counts(narrative)


@pytest.mark.parametrize(
    "narrative",
    [
        "Walks 20 ft with walker, then must sit.",
        "Safe with RW only in one room; cannot reach the bathroom.",
        "Safe with RW in the home only for the few steps to the commode.",
        "Not safe with walker at home - 3 falls.",
        "RW inadequate in home.",
        "Goal: ambulate 150 ft with RW at home by wk 6.",
        "Prior to CVA, amb 500 ft with SPC at home.",
        "Wife ambulates 150 ft with her rollator.",
        "Ambulates 150 ft with RW then desats to 84% and must sit.",
        "Continue RW for transfers only.",
        "Continue RW at home until the chair is delivered.",
        "Walks 150 ft without walker.",
        "Seen for R hemiparesis; uses RW.",
        # a person carries the walk: the walker alone does not serve
        "Ambulates 150 ft with RW + mod A at home.",
        "amb 120 ft w/ FWW in apt, max assist x2",
        "Walks 100 ft with rollator at home with 2-person assist.",
    ],
)
def test_a_walker_still_short_capped_denied_or_not_his_leaves_the_tick(narrative: str) -> None:
    assert _tick_counts(narrative)


def test_a_walker_that_served_years_before_the_form_leaves_the_tick() -> None:
    assert _tick_counts("Ambulates 150 ft with RW at home.", dt.date(2024, 10, 1))
