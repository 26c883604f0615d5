"""A pick-list's empty box of care is the item not chosen, not a denial (form_grids).

A newer occupational-medicine form's "Prior care: [X] PT [ ] Chiropractic" was read as denying
chiropractic care, and a newer note that only negates a concept drops every older mention of it
(finding_dates.newest_wins): the unticked box erased an older note's dated chiropractic course.
A form whose own box says none ("[X] None [ ] PT") still denies the care it leaves unticked.
"""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_s51a_ticked_care_box import _occ

_DATED_CHIRO = (
    "2025-12-18",
    "Work injury recheck. L knee sprain lifting pallets 9/2/25. Chiropractor L knee "
    "10/8/25-12/17/25, 15 visits, released to home program. Cannot kneel or climb ladders.",
)


def test_an_unticked_box_does_not_take_back_older_dated_care() -> None:
    form = ("2026-02-18", "WC status form\nPrior care: [X] OT  [ ] Chiropractic\nRestricted duty.")
    assert _occ(_DATED_CHIRO, form) == "met"


def _chiro(text: str) -> list:
    return [f for f in find_findings([NoteInput("D/1", text)]) if f.concept == "chiropractic"]


def test_an_unticked_care_item_is_neither_stated_nor_denied() -> None:
    found = _chiro("Prior care: [X] OT  [ ] Chiropractic  [X] home exercise\n")
    assert found and not any(f.negated or f.asserted for f in found)


def test_a_ticked_none_still_denies_the_unticked_care() -> None:
    found = _chiro("Prior care: [X] None  [ ] Chiropractic  [ ] PT\n")
    assert found and all(f.negated for f in found)
