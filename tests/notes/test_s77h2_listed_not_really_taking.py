"""A medication list entry whose remark says the patient has not really been taking the drug is
no care taken, though the entry has stood on the list for years (brief s77-h2, blind wave 92,
MO/advanced-imaging-other-02: "ibuprofen 600 mg q6h prn (on list since 2024 for cramps, pt says
she hasn't really been taking it)" made 180 days of knee care, with the ibuprofen order of 2024).
How long the entry is on the list is no time the drug was taken; a remark that the drug is
taken ("taking daily, helps some") or was taken until a stop keeps its care."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.entry_remarks import cut_entry, not_taken


def _listed(entries: str) -> dict[str, bool]:
    """Each NSAID the list names -> whether any mention of it reads as taken."""
    text = f"S: f/u knee pain, no change.\nCurrent Outpatient Medications:\n{entries}\nPlan: RTC.\n"
    out: dict[str, bool] = {}
    for f in find_findings([NoteInput("n1", text, dt.date(2026, 5, 4))]):
        if f.concept == "nsaid":
            out[f.concept] = out.get(f.concept, False) or f.asserted
    return out


@pytest.mark.parametrize(
    "entry",
    [
        "- ibuprofen 600 mg q6h prn (on list since 2024 for cramps, pt says she hasn't really "
        "been taking it)",
        "- ibuprofen 600 mg q6h prn (pt hasn't been taking it)",
        "- naproxen 500 mg BID (has not really been using it)",
        "- meloxicam 15 mg daily (isn't really taking it)",
        "- ibuprofen 800 mg TID (listed since 2023 - not taking)",
        "- naproxen 500 mg BID (on med list since 2022, pt not taking)",
    ],
)
def test_an_entry_not_really_taken_is_no_care(entry: str) -> None:
    listed = _listed(entry)
    assert listed == {"nsaid": False}, (entry, listed)


@pytest.mark.parametrize(
    "entry",
    [
        "- ibuprofen 600 mg q6h prn (on list since 2024, taking daily, helps some)",
        "- ibuprofen 600 mg q6h prn (taking daily, helps some)",
        "- meloxicam 15 mg daily (on list since 2024, not taking since March)",
        "- naproxen 500 mg BID (hasn't been taking it regularly)",
        "- ibuprofen 600 mg (has been taking it daily)",
    ],
)
def test_an_entry_taken_or_stopped_keeps_its_care(entry: str) -> None:
    listed = _listed(entry)
    assert listed == {"nsaid": True}, (entry, listed)


def test_an_open_order_s_list_remark_reads_the_same() -> None:
    """listed_orders.py reads an open order's list remark by the same test: the 2024 order of
    the ibuprofen the list says is not really taken is no trial either."""
    rest = " 600 mg q6h prn (on list since 2024 for cramps, pt says she hasn't really been taking"
    rest += " it)."
    assert not_taken(cut_entry(rest))
    assert not not_taken(cut_entry(" 600 mg q6h prn (on list since 2024, taking daily)"))
