"""A medication list line that closes saying none of its drugs was filled lists no care taken
(list_remarks.py): the remark, cut off as a statement of its own at the spaced dash, names the
drugs only as "either", "both", "any of them". A remark that they are taken after all, that they
ran out, or that only a few days were missed leaves the entries standing; so does a remark whose
object is something else."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _listed(line: str) -> dict[str, bool]:
    """The two listed drugs -> whether each reads as taken."""
    text = "S: f/u neck pain, no change.\nMedications: " + line + "\nPlan: RTC 4 wks.\n"
    found = find_findings([NoteInput("n1", text, dt.date(2026, 5, 4))])
    return {
        f.concept: f.asserted
        for f in found
        if f.section == "medications" and f.concept in ("nsaid", "muscle-relaxant")
    }


@pytest.mark.parametrize(
    "remark",
    [
        "- pt says she has not filled either in over a year.",
        "- has not picked up any of them.",
        "(never filled either)",
        "- not taking either.",
        "- she hasn't taken both since 2024.",
    ],
)
def test_a_list_the_remark_says_was_never_filled_lists_no_care(remark: str) -> None:
    listed = _listed("meloxicam 15 mg daily, tizanidine 4 mg qhs PRN " + remark)
    assert len(listed) == 2 and not any(listed.values()), listed


@pytest.mark.parametrize(
    "remark",
    [
        "",
        "- never filled either at first, now taking them daily.",
        "- has not taken either in 2 days (ran out).",
        "- has not filled the gabapentin.",
        "- takes both.",
    ],
)
def test_the_list_stands_where_the_remark_does_not_deny_them_all(remark: str) -> None:
    listed = _listed("meloxicam 15 mg daily, tizanidine 4 mg qhs PRN " + remark)
    assert len(listed) == 2 and all(listed.values()), listed
