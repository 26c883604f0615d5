"""A past history written whole on its header's line ends where the story goes on under it
(blind wave 93, MT/hip-arthroplasty-03).

"PSH: R THA 3/12/2025 - excellent result." then "L hip OA, pain since early '24, now rest/night
pain. NSAIDs not an option (GI bleed). Tylenol 1 g TID. PT x2 rounds, L hip inj 3/18 (1 wk).
Cane.": the second line was read as surgical history, so the other hip's acetaminophen and cane
at this visit were past history with no date, and THA-002 found 2.5 of its 3 months. Wave 76's
reading (list_ends.py) ended such a history only at a labelled field ("L knee: failed PT").
A line closed by a full stop, then a sentence of four words or more at the margin, is the visit's
again. A list's next items stay history: no full stop on the header's line, a bullet, an indented
line, a short item, a history label ("Hx:", "Prior surgeries:").
"""

from __future__ import annotations

import pytest

from smartapp.notes.segments import segment

_STORY = (
    "L hip OA, pain since early '24, now rest/night pain. NSAIDs not an option (GI bleed). "
    "Tylenol 1 g TID. PT x2 rounds. Cane."
)


def _sections(text: str) -> dict[str, str]:
    """Each statement's first words → its section."""
    return {" ".join(s.text.split()[:2]): s.section for s in segment(text)}


@pytest.mark.parametrize(
    "history",
    [
        "PSH: R THA 3/12/2025 - excellent result.",
        "PMH: HTN, DM2.",
        "Past surgical history: R TKA 2025 (did great).",
        "PSH: L THA 2019 (Dr. Asante). ",
    ],
)
def test_the_story_under_an_inline_history_is_the_visits(history: str) -> None:
    sections = _sections(f"{history}\n{_STORY}")
    assert sections["L hip"] == ""
    assert sections["Tylenol 1"] == ""


@pytest.mark.parametrize(
    "follow",
    [
        "DM2, OSA on CPAP, GERD since 2019",  # the header's line not closed: more items
        "- L knee arthroscopy 2012 with PT after",  # a bullet
        "   cholecystectomy 1998, appendectomy 1970.",  # indented under the header
        "HLD. GERD.",  # too short for a sentence
        "Hx: cortisone shot L knee 1/2026 - 6 weeks.",  # a history label
    ],
)
def test_a_lists_next_items_stay_history(follow: str) -> None:
    history = "PMH: HTN," if follow.startswith("DM2") else "PSH: R THA 2025."
    text = f"{history}\n{follow}"
    assert all(s.section == "pmh" for s in segment(text)), follow
