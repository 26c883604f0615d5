"""A block's relief followed by what it let the patient do "without pain" is a relief had.

"Post-MBB #2 call: pre 7/10 -> 0-1/10 for ~6 h (bupivacaine), ~90% relief; walked dog 2 mi
without pain." read its relief as denied (blind wave 77, KI/psi-02): the pain-score span took
the "without pain" after it as a denial, as it is after a limit ("walks 2 blocks without
pain"), and an ablation's second 80% block was missed. After a relief the words tell its effect.
A relief denied in its own words is still denied.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_DAY = dt.date(2026, 6, 24)


def _reliefs(text: str) -> list[tuple[float | None, bool]]:
    found = find_findings([NoteInput("DocumentReference/n1", text, _DAY)])
    return [(f.value, f.asserted) for f in found if f.concept == "block-relief"]


@pytest.mark.parametrize(
    "text",
    [
        "Post-MBB #2 call: pre 7/10 -> 0-1/10 for ~6 h (bupivacaine), ~90% relief; walked dog 2 "
        "mi without pain.",
        "MBB #2: pre 8/10, post 1/10; walked without pain.",
        "L4-5 MBB 6/23: pain 8 -> 1, sat through a movie w/o pain.",
        "Medial branch block: pre 7/10 -> 1/10; able to bend without difficulty.",
        "MBB#1 diary: pre 6/10, 30 min 0/10, 2 h 1/10; did yard work without limitation.",
        "Post block pre 9/10 -> post 1/10, drove home w/o pain",
        "Facet block (lidocaine): pre 7/10, post 30 min 1/10, no difficulty getting up",
        "S: s/p MBB, pre 8/10 post 0/10, cleaned house without any pain.",
    ],
)
def test_a_relief_and_what_it_let_the_patient_do_is_had(text: str) -> None:
    found = _reliefs(text)
    assert found and all(asserted for _, asserted in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "MBB #2: no relief, pain 7/10 as before.",
        "Pt denies any relief from the medial branch block.",
    ],
)
def test_a_relief_denied_in_its_own_words_is_denied(text: str) -> None:
    assert not any(asserted and (value or 0) >= 50 for value, asserted in _reliefs(text)), text
