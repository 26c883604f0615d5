"""A drug trial charted on the coded allergy list (blind wave 56, HB/hip-arthroplasty-02): an
AllergyIntolerance "Naproxen - GI bleed 2025 (stopped after 6 weeks)" tells six weeks of
naproxen had and failed, as the same words on a note's allergy line do (allergy_trials.py). The
resource was never read, so the note's "Naproxen stopped (GI bleed)" was one undated day and the
episode fell days short of three months. A reaction alone is still no course of the drug.
"""

from __future__ import annotations

from .test_judgement import _note, record, status

#: Seven weeks of therapy and a cane up to the visit: short of three months on their own.
_VISIT = _note("n1", "2026-02-20", "L hip OA, pain since fall. PT 2x/wk since 1/2/2026, cane.")


def _allergy(reaction: str, status_code: str = "confirmed") -> dict:
    return {
        "resourceType": "AllergyIntolerance",
        "id": "alg",
        "type": "intolerance",
        "verificationStatus": {"coding": [{"code": status_code}]},
        "code": {"text": "Ibuprofen"},
        "patient": {"reference": "Patient/p"},
        "recordedDate": "2026-01-02",
        "reaction": [{"manifestation": [{"text": reaction}]}],
    }


def _hip(*resources: dict) -> str:
    """THA-002 (3 months of care in 365 days) for a total hip arthroplasty, as of 2026-03-01."""
    return status(record("27130", _VISIT, *resources, reason="M16.12"), "THA-002")["status"]


def test_a_trial_on_the_allergy_list_is_care_had():
    assert _hip() != "met"
    for reaction in (
        "dyspepsia 11/2025 (stopped after 5 weeks)",
        "GI upset after 6 wk trial, Nov 2025",
    ):
        assert _hip(_allergy(reaction)) == "met", reaction


def test_a_reaction_alone_is_no_course_of_the_drug():
    assert _hip(_allergy("hives")) != "met"
    assert _hip(_allergy("GI bleed 11/2025")) != "met"


def test_an_entry_refuted_or_in_error_is_not_read():
    assert _hip(_allergy("dyspepsia 11/2025 (stopped after 5 weeks)", "refuted")) != "met"
