"""An exam line that leaves one of its fields unfilled still states the fields it fills, found
by blind wave 65 (IN/lmri-01): "Exam: + SLR L at 35 deg, crossed SLR neg, L EHL 4/5 (was 5/5),
decreased light touch L5 dermatome, reflexes ***." left only the reflexes blank, yet the whole
statement read as an unfilled template, so the follow-up exam after the trial (LMRI-004) as
missing. A "***" blanks its own list item ("reflexes ***", "DTRs: ***"); a statement whose
blank is not such an item ("Exam: ***, ...", "+ SLR L ***", "Functional status: *** ...") stays
unfilled whole, and so does a plan's: its frequency or duration left blank leaves the plan
unfilled."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _exam(text: str) -> list[tuple[str, bool]]:
    notes = [NoteInput("DocumentReference/e1", text, dt.date(2026, 3, 9))]
    kinds = ("exam-findings", "plan-of-care")
    return [(f.concept, f.asserted) for f in find_findings(notes) if f.category in kinds]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Exam: + SLR L at 35 deg, crossed SLR neg, L EHL 4/5 (was 5/5), decreased light touch "
         "L5 dermatome, reflexes ***.", "straight-leg-raise"),
        ("Exam: + SLR L at 35 deg, crossed SLR neg, L EHL 4/5 (was 5/5), decreased light touch "
         "L5 dermatome, reflexes ***.", "sensation"),
        ("O: SLR positive on the right at 40 deg, DTRs: ***, R EHL weakness 4/5.",
         "straight-leg-raise"),
        ("PE: lumbar paraspinal tenderness, ROM ***, SLR neg.", "tenderness"),
        ("Neuro: decreased sensation L5 dermatome, reflexes ____, gait antalgic.", "sensation"),
        ("PHYSICAL EXAM: +SLR left 45 deg; patellar reflex ***; EHL 4/5 left.",
         "straight-leg-raise"),
        ("Exam: SLR + on L @ 30 deg, sensaton decreased dorsum of foot, achilles reflex @DTR@",
         "straight-leg-raise"),
    ],
)  # fmt: skip
def test_the_filled_fields_of_an_exam_line_count(text: str, concept: str) -> None:
    found = _exam(text)
    assert (concept, True) in found, found


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Exam: SLR ***, strength ***, sensation ***.", "straight-leg-raise"),
        ("Exam: + SLR L ***, reflexes 2+.", "straight-leg-raise"),
        ("Exam: ***, SLR positive L at 40 deg.", "straight-leg-raise"),
        ("Exam: SLR not done (pain), reflexes ***.", "straight-leg-raise"),
        ("Back: no tenderness, ROM ***.", "tenderness"),
        ("Exam: *** + SLR L at 35 deg.", "straight-leg-raise"),
        ("Plan of care: SGD programming and training, frequency ***, duration ***.",
         "plan-of-care"),
    ],
)  # fmt: skip
def test_a_blank_that_is_no_field_of_its_own_leaves_the_line_unfilled(
    text: str, concept: str
) -> None:
    found = _exam(text)
    assert (concept, True) not in found, found
