"""A drug on the allergy line is care when its entry tells a trial or its clause says it is used
(allergy_trials.py; blind wave 44, FI/knee-arthroscopy-01, FI/hip-arthroplasty-03), and stays a
reaction when the entry only names one ("ibuprofen - GI bleed")."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _hip_care(allergy_line: str) -> str:
    earlier = _note(
        "n1",
        "2025-11-03",
        "Ortho f/u R hip OA.\nCompleted PT 9/15/25-10/27/25 for the R hip, no better.\n"
        "A/P: R hip OA, recheck 2 mo.",
    )
    later = _note(
        "n2",
        "2026-01-20",
        f"Ortho f/u R hip OA.\n{allergy_line}\nR hip pain 7/10, limps, walks 1 block.\n"
        "A/P: R hip OA. Plan R THA.",
    )
    order = {"authoredOn": "2026-01-20", "occurrenceDateTime": "2026-02-10"}
    bundle = record("27130", earlier, later, reason="M16.11", order=order)
    report = score_bundle(bundle, as_of=date(2026, 1, 25))
    return {i["id"]: i for i in report["items"]}["THA-002"]["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Allergies: ibuprofen - GI upset after 4 wk trial.",
        "Allergies/intolerances: naproxen - dyspepsia (trial, Dec 2025-Jan 2026).",
        "Allergies: NSAIDs - GI bleed 2019, so she takes acetaminophen daily.",
    ],
)
def test_a_trial_or_a_drug_in_use_on_the_allergy_line_is_care(line: str) -> None:
    assert _hip_care(line) == "met"


@pytest.mark.parametrize(
    "line",
    [
        "Allergies: ibuprofen - GI bleed.",
        "Allergies: penicillin - rash; naproxen - hives.",
    ],
)
def test_a_reaction_alone_is_no_course(line: str) -> None:
    assert _hip_care(line) != "met"
