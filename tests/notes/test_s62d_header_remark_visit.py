"""A section header may carry, in brackets, a remark on the visit the note records: "A/P (Dr.
Volkov, seen in person 8/12/26):" alone on its line (blind wave 62, HZ/oxy-02, the only word of
the ordering physician's in-person visit, with no Encounter and no exam heading). The remark is a
statement of the note's own, not of the section it heads: the visit it tells was held, not
planned, and "Goals (8 wks):" is no goal. A remark of a call, a video or a visit to come is
none, and the header still heads the lines under it."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _findings(text: str) -> list:
    return find_findings([NoteInput("DocumentReference/v1", text, dt.date(2026, 8, 12))])


def _visit_held(text: str) -> bool:
    return any(
        f.concept == "in-person-visit" and not f.negated and not f.planned and not f.hypothetical
        for f in _findings(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "A/P (Dr. Volkov, seen in person 8/12/26):\n1. IPF w/ PH - start O2 2 L continuous.",
        "Assessment and Plan (office visit 8/12/2026, in person)\nCOPD, exertional hypoxemia.",
        "ASSESSMENT/PLAN (seen in clinic today):\n- O2 with exertion 2 L NC",
        "Plan (pt seen in the office, wife present):\n- start portable O2",
        "A/P (Pulm f/u 8/12/26, seen in person)\n1. COPD GOLD 3.",
        "Impression (in-person, Dr. Okafor):\nHypoxemic resp failure, chronic.",
        "Assessment & Plan (face to face, 8/12):\nILD - home O2.",
        "A/P (pt examined today, RN chaperone):\nCOPD.",
    ],
)
def test_a_header_remark_telling_the_visit_held_is_a_visit(text: str) -> None:
    assert _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "A/P (telephone visit):\nCOPD stable on 2 L.",
        "A/P (video visit, pt at home):\nCOPD stable.",
        "A/P (will see in person next wk):\nCOPD - walk test then.",
        "Plan (in-person visit to be scheduled):\n- overnight oximetry",
        "A/P (Dr. Volkov):\n1. IPF - will see in person in 2 wks.",
    ],
)
def test_a_remark_of_a_call_or_a_visit_to_come_is_none(text: str) -> None:
    assert not _visit_held(text)


def test_the_remark_is_no_goal_and_the_header_still_heads_its_lines() -> None:
    found = _findings("Goals (8 wks):\n1. walk 100 ft without rest")
    goals = [f.text for f in found if f.concept == "goals"]
    assert goals and all("8 wks" not in g for g in goals)
    plans = _findings("A/P (seen in person 8/12/26):\nStart O2 2 L/min NC with exertion.")
    assert any(f.section == "plan" and "Start O2" in f.text for f in plans)
    assert not any(f.section == "plan" and "seen in person" in f.snippet for f in plans)
