"""A form's yes/no grid ends its field where the next field opens, across a column's gap or
the one space left of it ("Sleep study reviewed: [X] Yes [ ] No   Result: ..."): the empty box
and its "No" are the grid's answer not given, not an unfilled field or a denial of the result
beside it (blind wave 55, GZ/oxygen-03, an Oracle PowerForm). A grid answered no still denies
its own field."""

from __future__ import annotations

import datetime as dt

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/g1", text, dt.date(2026, 5, 4))])
    return any(f.concept == concept and f.asserted for f in found)


def test_the_result_after_a_yes_grid_stands() -> None:
    text = "Overnight oximetry reviewed: [X] Yes [ ] No    Result: T88 22 min, nadir 79%"
    assert _asserted(text, "qualifying-desaturation")


def test_the_result_after_a_grid_with_glyph_boxes_stands() -> None:
    text = "Oximetry on file: ☒ YES ☐ NO   Findings: T88 31 min, nadir 80%"
    assert _asserted(text, "qualifying-desaturation")


def test_the_gap_collapsed_to_one_space_still_ends_the_grid() -> None:
    # Plain-text notes are tidied (runs of spaces collapsed) before they are read.
    text = "Oximetry reviewed: [ ] No [X] Yes Result: T88 9 min, nadir 83%"
    assert _asserted(text, "qualifying-desaturation")


def test_a_denial_in_the_field_itself_still_denies() -> None:
    text = "Overnight oximetry: [X] Yes [ ] No    Result: no time below 88%, nadir 90%"
    assert not _asserted(text, "qualifying-desaturation")
