"""A form's "Cane/walker insufficient: Yes" is weighed against the narrative as its tick is
(s71-f; noticed at stop 52 beside s70-b's fix for KB/dme-wheelchair-03).

walker_serves.py let a narrative walker that serves in the home outweigh "[X] Cane/walker
insufficient" only: the same form answering "Cane/walker insufficient: Yes" stood against
"Ambulates 150 ft with RW + CGA at home", a gap called met for WHC-003 (NCD 280.3 B). A field
answered yes on its own line is the form's tick written another way; a narrative that agrees
with it, or says nothing of the walker, leaves it standing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_SERVES = "Ambulates 150 ft with RW + CGA at home; does own toileting w/ setup."
_SHORT = "Walks 20 ft with walker, then must sit."


def _answer_counts(answer: str, narrative: str) -> bool:
    form = f"DME PRIOR AUTH FORM (supplier fax)\nHome accommodates wheelchair: Yes\n{answer}\n"
    notes = [
        NoteInput("DocumentReference/visit", narrative, dt.date(2026, 11, 30)),
        NoteInput("DocumentReference/form", form, dt.date(2026, 12, 2)),
    ]
    return any(
        f.concept == "cane-walker-insufficient" and f.asserted and f.note_ref.endswith("form")
        for f in find_findings(notes)
    )


_ANSWERS = [
    "Cane/walker insufficient: Yes",
    "Cane or walker insufficient? Y",
    "Walker/cane inadequate - yes",
    "CANE/WALKER INSUFFICIENT: YES",
    "Cane/walker insufficient:  yes.",
]


@pytest.mark.parametrize("answer", _ANSWERS)
@pytest.mark.parametrize(
    "narrative",
    [
        _SERVES,
        "Gait: amb 200' w/ FWW, SBA, no LOB.",
        "Function: RW adequate in home. Wants chair for church.",
        "A/P: manual wheelchair for community outings; continues rollator for household distances.",
    ],
)
def test_a_narrative_walker_that_serves_outweighs_the_forms_yes(
    answer: str, narrative: str
) -> None:
    assert not _answer_counts(answer, narrative)


@pytest.mark.parametrize("answer", _ANSWERS)
@pytest.mark.parametrize(
    "narrative",
    [
        _SHORT,
        "Not safe with walker at home - 3 falls.",
        "Ambulates 150 ft with RW + mod A at home.",
        "Seen for R hemiparesis; uses RW.",
    ],
)
def test_a_narrative_that_agrees_or_says_nothing_leaves_the_yes(
    answer: str, narrative: str
) -> None:
    assert _answer_counts(answer, narrative)
