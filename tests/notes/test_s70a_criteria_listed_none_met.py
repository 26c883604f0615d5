"""A payer's criteria for an attended study pasted under a label that a dash or "pasted" sets
off ("--- pasted: Payer criteria - attended PSG indicated for: significant cardiopulmonary
disease, ..., or prior inconclusive HSAT. ---"), the patient's preference, and the question
whether a home test will do are no reason for an in-lab study over a home test (blind wave 75,
KA/sleep-studies-03: an otherwise healthy snorer, "No cardiopulmonary disease, no neuromuscular
disease, no opioids", the list's "prior inconclusive HSAT" read as SLEEP-005's reason; "PSG in
lab (pt prefers lab)"). AASM 2017 asks for a reason the home test is unsuitable for this patient.

The patient's own reason, and a verdict that the criteria are met, still count.
"""

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
        "--- pasted: Payer criteria - attended PSG indicated for: significant cardiopulmonary "
        "disease, neuromuscular weakness, chronic opioid use, or prior inconclusive HSAT. ---\n"
        "A: suspected OSA.\nP: PSG in lab (pt prefers lab).",
        "Payer criteria - in-lab PSG: CHF; COPD; opioids; prior failed HST.",
        "Insurance criteria -- attended study: prior inconclusive HSAT, neuromuscular dz.",
        "CareSource criteria \u2014 facility PSG: failed home sleep test; severe insomnia.",
        "Pasted criteria: in-lab PSG for CHF, opioids, or inconclusive HST.",
        "[pasted] Criteria for attended PSG: prior negative HSAT; neuromuscular disease.",
        "copied criteria - in lab study: hst nondiagnostic or technically inadequate",
        # A template's boxes, every one left unticked.
        "In-lab criteria:\n[ ] significant cardiopulmonary dz\n[ ] chronic opioids\n"
        "[ ] prior HSAT inconclusive/failed",
        # The question, not its answer.
        "HSAT not appropriate? Will discuss at f/u.",
        "home test not suitable?? ask Dr. Lee",
        # The patient's wish is no reason a home test will not do.
        "PSG in lab given pt preference.",
        "Attended PSG due to patient preference.",
        "In-lab study because pt prefers to be monitored, 'wants it done right'.",
        "NPSG ordered at sleep center b/c she prefers the lab; no comorbidities.",
    ],
)
def test_listed_criteria_a_question_or_a_wish_is_no_reason(text: str) -> None:
    assert _reasons(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "In-lab PSG because prior HSAT 2/2026 inconclusive.",
        "HSAT not appropriate: CHF EF 25%.",
        "Payer criteria for in-lab PSG met: prior HST inconclusive 1/2026.",
        "Payer criteria - attended PSG met: his HST 1/2026 was nondiagnostic (1 h valid data).",
        "Attended PSG due to pt's chronic methadone use; HST 12/2025 failed (no flow signal).",
        "Pt prefers lab, and the home study 3/2026 was technically inadequate anyway.",
        "home sleep test not appropriate - on home O2 for COPD.",
    ],
)
def test_the_patients_own_reason_still_counts(text: str) -> None:
    assert _reasons(text), text
