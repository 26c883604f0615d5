"""A medication list entry whose own remark says the drug is not taken lists no care taken
(entry_remarks.py), however the list is written; an entry whose remark says the drug was taken
and then stopped, held or failed keeps its care, and so does the entry beside it. A narrative
sentence that names a drug and then says it has not been taken ("hasn't really taken it") is no
trial either (refused_after.py); nor is a list entry whose drug the narrative says was ordered
but is "not yet started" (listed_refused.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_CARE = ("nsaid", "muscle-relaxant", "azathioprine", "methotrexate", "mesalamine", "gabapentin")


def _taken(text: str) -> dict[str, bool]:
    """Each care drug the note names -> whether any mention of it reads as taken."""
    found = find_findings([NoteInput("n1", text, dt.date(2026, 5, 4))])
    out: dict[str, bool] = {}
    for f in found:
        if f.concept in _CARE:
            out[f.concept] = out.get(f.concept, False) or f.asserted
    return out


def _listed(entries: str) -> dict[str, bool]:
    return _taken("S: f/u knee pain, no change.\nCurrent Outpatient Medications:\n" + entries +
                  "\nPlan: RTC 4 wks.\n")  # fmt: skip


@pytest.mark.parametrize(
    "entry",
    [
        "- ibuprofen 800 mg tab, take 1 tab PO TID PRN (not taking)",
        "- ibuprofen 800 mg tab - take as directed [patient-reported, not currently taking]",
        "- ibuprofen 600 mg tablet (Patient not taking: Reported 5/1/2026)",
        "- naproxen 500 mg BID PRN (listed, pt states not taking)",
        "- meloxicam 15 mg daily - never filled (cost)",
        "- IBUPROFEN 800 MG TAB, 1 PO Q8H PRN -- NOT TAKING",
        "- meloxicam 7.5 mg daily (not taking - upsets stomach)",
        "- diclofenac 75 mg BID (not yet started - waiting on PA)",
        "- naproxen 500 mg (historical med, pt does not take)",
        "- celecoxib 200 mg daily [has not picked up]",
    ],
)
def test_an_entry_its_remark_says_is_not_taken_is_no_care(entry: str) -> None:
    listed = _listed(entry)
    assert listed == {"nsaid": False}, (entry, listed)


@pytest.mark.parametrize(
    "entry",
    [
        "- ibuprofen 800 mg tab, take 1 tab PO TID PRN",
        "- naproxen 500 mg BID (not taking - stopped 3/1, GI upset)",
        "- meloxicam 15 mg daily (not taking since March)",
        "- ibuprofen 600 mg TID (not taking anymore)",
        "- naproxen 500 mg BID (not taking regularly, a few times a week)",
        "- meloxicam 15 mg (held for surgery, not taking)",
        "- diclofenac 75 mg BID x 8 wks (not taking - didn't help)",
        "- naproxen 500 mg BID (3/2025-6/2025, not taking)",
        "- meloxicam 15 mg daily (completed 6 wk course, not taking now)",
        "- naproxen 500 mg BID - has not filled the gabapentin yet",
        "- meloxicam 15 mg daily (never filled at first, now taking it)",
    ],
)
def test_an_entry_taken_stopped_or_taken_now_and_then_keeps_its_care(entry: str) -> None:
    listed = _listed(entry)
    assert listed == {"nsaid": True}, (entry, listed)


@pytest.mark.parametrize(
    "entries",
    [
        "meloxicam 15 mg daily; tizanidine 4 mg qhs (not taking)",
        "meloxicam 15 mg daily, tizanidine 4 mg qhs (not taking)",
        "- meloxicam 15 mg daily\n- tizanidine 4 mg qhs (not taking)",
    ],
)
def test_the_remark_is_its_own_entry_s_not_the_one_before(entries: str) -> None:
    listed = _listed(entries)
    assert listed == {"nsaid": True, "muscle-relaxant": False}, (entries, listed)


def test_an_immunomodulator_entry_not_taken_is_no_trial() -> None:
    text = ("GI CLINIC NOTE\nCurrent Outpatient Medications (med rec): azathioprine 50 mg tab - "
            "take as directed [patient-reported, not currently taking]; omeprazole 20 mg daily.\n"
            "Plan: infliximab 5 mg/kg.\n")  # fmt: skip
    assert _taken(text) == {"azathioprine": False}


@pytest.mark.parametrize(
    "said",
    [
        "Azathioprine ordered 5/28, awaiting TPMT; not yet started.",
        "Azathioprine prescribed last month - has not been started (insurance).",
        "AZA: Rx sent 5/2, hasn't started yet.",
    ],
)
def test_a_listed_drug_the_narrative_says_is_not_yet_started_is_no_trial(said: str) -> None:
    text = (f"Current Outpatient Medications:\n- azathioprine 50 mg tab (IMURAN) - 3 tabs daily\n\n"
            f"S: ileal Crohn's, steroid dependent. {said}\nA/P: plan infliximab.\n")  # fmt: skip
    assert _taken(text) == {"azathioprine": False}, said


def test_a_listed_drug_the_narrative_says_is_taken_stays_a_trial() -> None:
    text = ("Current Outpatient Medications:\n- azathioprine 50 mg tab (IMURAN) - 3 tabs daily\n\n"
            "S: ileal Crohn's on azathioprine 150 mg daily since 2025, still flaring; biologic "
            "not yet started.\nA/P: plan infliximab.\n")  # fmt: skip
    assert _taken(text) == {"azathioprine": True}


@pytest.mark.parametrize(
    "said",
    [
        "Ibuprofen upset stomach so hasn't really taken it.",
        "Meloxicam was prescribed but she has not taken it.",
        "Naproxen Rx'd 2/1 - hasn't tried it yet (worried about kidneys).",
        "Tizanidine given at last visit, pt never used it.",
    ],
)
def test_a_drug_its_sentence_says_has_not_been_taken_is_no_care(said: str) -> None:
    taken = _taken(f"S: R knee pain x 4 mo. {said} PT 2x/wk.\nA: knee OA.\n")
    assert not any(taken.values()), (said, taken)


@pytest.mark.parametrize(
    "said",
    [
        "Ibuprofen helps some but hasn't taken it today.",
        "Naproxen 500 BID x 6 wks, hasn't taken it since 4/1.",
        "Meloxicam daily, has not taken it regularly this month.",
        "Meloxicam 15 mg daily, no relief; has not tried PT yet.",
    ],
)
def test_a_drug_taken_and_only_lately_missed_stays_care(said: str) -> None:
    taken = _taken(f"S: R knee pain x 4 mo. {said}\nA: knee OA.\n")
    assert taken.get("nsaid") is True, (said, taken)
