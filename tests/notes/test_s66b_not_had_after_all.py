"""Facts a note names and then says were not had (brief s66-b, blind waves 68-69).

Five false "met"s: standardized scores "NOT obtained, will re-attempt" and a test "re-attempt:
again discontinued" (JA/therapy-speech-language-02); an "Office visit offered" on a nurse's phone
note (JD/home-health-03); a listed insulin the patient "never picked it up" (JA/dme-cgm-03); a
"Gait: mildly antalgic, steady" of a patient walking community distances (IW/dme-walker-03); and
a pasted rule "In-lab PSG is appropriate when HSAT is inappropriate: ..." (JB/sleep-03).
Each class holds its near misses that still count.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _held(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 14))])
    return any(
        f.concept == concept and not (f.negated or f.hypothetical or f.planned or f.normal)
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Testing: PLS-5 attempted - would not sit; standardized scores NOT obtained,"
        " will re-attempt.",
        "Standard scores not obtained.",
        "Standardized scores unable to obtain d/t behavior, deferred.",
        "PLS-5 re-attempt: again discontinued - attention; continue informal measures.",
        "CELF-5 discontinued after 2 subtests (fatigue).",
        "PLS5 d/c'd - pt would not attend to task.",
        "GFTA-3 abandoned midway, pt crying.",
        "Standard scores could not be obtained this session.",
    ],
)
def test_scores_not_had_are_no_result(text: str) -> None:
    assert not _held(text, "standardized-scores")


@pytest.mark.parametrize(
    "text",
    [
        "PLS-5: AC SS 62, EC SS 58, total language SS 57.",
        "CELF-5 core language standard score 72 (3rd %ile).",
        "Standardized scores: GFTA-3 SS 65.",
        "PLS-5 re-administered 5/28: AC SS 70 (was 62).",
    ],
)
def test_scores_had_still_count(text: str) -> None:
    assert _held(text, "standardized-scores")


@pytest.mark.parametrize(
    "text",
    [
        "Phone - RN. Daughter calls re: wt gain. Office visit offered, daughter cannot bring her.",
        "Pt called. Clinic visit offered - pt declined, no ride.",
        "Face to face declined by pt.",
        "In-person visit refused; prefers phone.",
        "Office visit was offered for this week.",
        "TC: f2f visit offered, will call back to schedule.",
    ],
)
def test_visit_only_offered_is_not_held(text: str) -> None:
    assert not _held(text, "in-person-visit")


@pytest.mark.parametrize(
    "text",
    [
        "Seen in clinic today, BP 130/80.",
        "Office visit 9/14/2026: exam below.",
        "Face-to-face encounter today with Dr. Achebe.",
    ],
)
def test_visit_held_still_counts(text: str) -> None:
    assert _held(text, "in-person-visit")


@pytest.mark.parametrize(
    "text",
    [
        'Meds: metformin 1000 BID. (Insulin reconciled as "glargine 10 u" on list - pt says she'
        " never picked it up.)",
        "Meds: Lantus 20 u qhs (never picked it up).",
        "Medications:\n - insulin glargine 100 u/mL - did not pick it up\n",
        "Meds: Basaglar 12 u - has not picked it up.\n",
    ],
)
def test_listed_insulin_never_picked_up_is_no_treatment(text: str) -> None:
    assert not _held(text, "insulin-treated")


@pytest.mark.parametrize(
    "text",
    [
        "Meds: Lantus 22 u qHS, metformin 500 BID.",
        "Meds: glargine 10 u - picked it up 8/1, taking.",
    ],
)
def test_insulin_taken_still_counts(text: str) -> None:
    assert _held(text, "insulin-treated")


@pytest.mark.parametrize(
    "text",
    [
        "Walks without device, community distances. Gait: mildly antalgic, steady. TUG 9.1 s.",
        "Gait slightly antalgic, otherwise steady.",
        "Gait: minimal limp, safe.",
        "Mild limp, independent without device.",
    ],
)
def test_mild_gait_called_steady_is_no_limit(text: str) -> None:
    assert not _held(text, "walking-limitation")


@pytest.mark.parametrize(
    "text",
    [
        "Gait: antalgic, steady.",  # not called mild
        "Gait: slightly antalgic, unsteady on turns.",
        "Mild limp, steady with walker.",  # steady only with the device
        "Gait: markedly antalgic, slow.",
    ],
)
def test_other_gait_deviations_still_count(text: str) -> None:
    assert _held(text, "walking-limitation")


@pytest.mark.parametrize(
    "text",
    [
        "-- In-lab PSG is appropriate when HSAT is inappropriate: significant cardiopulmonary"
        " disease, chronic opioids, severe insomnia. --",
        "Attended PSG recommended if HSAT is inconclusive or negative.",
        "In-lab study preferred only when home testing is not appropriate (CHF, COPD, NMD).",
    ],
)
def test_rule_for_an_in_lab_study_is_no_reason(text: str) -> None:
    assert not _held(text, "attended-study-reason")


@pytest.mark.parametrize(
    "text",
    [
        "HSAT is inappropriate given her ALS with respiratory muscle weakness.",
        "Home sleep test 10/2 inconclusive (poor signal); in-lab PSG ordered.",
        "In-lab PSG because of CHF with EF 25%.",
    ],
)
def test_patient_reason_still_counts(text: str) -> None:
    assert _held(text, "attended-study-reason")
