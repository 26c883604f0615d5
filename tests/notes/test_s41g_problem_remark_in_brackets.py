"""A problem-list entry's remark written inside its parentheses is the problem's (problems.py):
"Problem list: plantar fasciitis (2021, treated w/ PT x8 wks - resolved)" is cut into statements
at the comma and the dash, and the therapy in the middle piece names no region of its own; it
is the foot's, not the care of whatever the note is about. Outside the parentheses, a piece cut
at a comma stays without a region (the list's next entry is no remark of the last)."""

from __future__ import annotations

import datetime as dt

from smartapp.notes import NoteInput, find_findings


def _therapy_regions(problems: str) -> list[frozenset[str]]:
    text = (
        "Ortho consult\nProblem list: " + problems + "\n"
        "HPI: R knee pain x5 wks after a fall. Ice, naproxen since.\n"
    )
    found = find_findings([NoteInput("n1", text, dt.date(2026, 4, 2))])
    return [
        f.regions for f in found
        if f.concept == "physical-therapy" and f.section == "problem_list"
    ]  # fmt: skip


def test_a_remark_inside_the_entrys_parentheses_is_the_entrys_region() -> None:
    for problems in (
        "plantar fasciitis of the foot (2021, treated w/ PT x8 wks - resolved); R knee pain.",
        "neck pain (2020; PT x6 wks, resolved); R knee pain.",
    ):
        regions = _therapy_regions(problems)
        assert regions and all(r and "knee" not in {x.split(":")[0] for x in r} for r in regions)


def test_a_piece_after_the_parenthesis_closed_takes_no_region_from_it() -> None:
    regions = _therapy_regions("neck pain (2020), PT x6 wks; R knee pain.")
    assert regions and not any("cervical" in r for r in regions), regions
