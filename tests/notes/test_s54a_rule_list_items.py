"""A payer's rule that lists the conditions it asks for after a colon: each item is the payer's
words, not a finding of this patient's, whether the list runs on one line split at semicolons or
one item a line (blind wave 58, HK/sleep-studies-02: "Attended polysomnography is considered
medically necessary when one of the following: ...; previous inconclusive HST." pasted into a
visit note whose patient had no prior sleep test). A necessity argued from the patient, a verdict
that criteria are met, and the patient's own facts after the list are still read."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _reasons(text: str) -> list[str]:
    found = find_findings([NoteInput("DocumentReference/r1", text, dt.date(2026, 5, 4))])
    return [f.snippet for f in found if f.concept == "attended-study-reason" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "In-center sleep study considered medically necessary when any of the following: severe "
        "COPD; neuromuscular weakness; opioid therapy; a prior home study that was inconclusive.",
        "Facility PSG is indicated if one of these: heart failure; stroke; failed HSAT.",
        "Plan covers attended PSG only when: (a) significant lung disease; (b) prior HSAT "
        "technically inadequate.",
        "Attended study is medically necessary if ANY of:\n- CHF EF < 45%\n- chronic opioids\n"
        "- prior HST negative or inconclusive",
        "In-lab polysomnography indicated when:\n1) hypoventilation suspected\n2) failed HSAT",
        "Covered only if the following are met:\n  * prior home sleep test non-diagnostic",
        "CareSource requires one of these for an attended study: CHF; opioid use; failed HST.",
    ],
)
def test_the_items_of_a_rules_list_are_the_payers_words(text: str) -> None:
    assert _reasons(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Attended PSG is medically necessary for this patient: prior HST 3/2026 inconclusive "
        "(1.5 h of valid data).",
        "In-lab criteria met: previous home sleep test inconclusive.",
        "Attended PSG indicated when any of:\n- failed HSAT\nHis HST on 4/2/26 failed "
        "(oximeter came off).",
        "Needs in-lab PSG because the home study 2/2026 was inconclusive; also on methadone.",
        "Insurance requires a prior home study; her HST 3/2/26 was inconclusive.",
    ],
)
def test_the_patients_own_reason_is_still_read(text: str) -> None:
    assert _reasons(text)
