"""A treatment the patient could not tolerate was tried (wave 25's class, found on main).

"Could not tolerate CPAP (mask leak, claustrophobia)" is a CPAP trial proven ineffective, what
LCD L33718 asks before bi-level (CPAP-006); "couldn't tolerate NSAIDs due to GI upset", "did not
tolerate gabapentin - dizziness", "unable to tolerate PT due to pain" are care tried and failed,
what every conservative-care criterion counts, and "could not tolerate azathioprine" is the
immunomodulator step infliximab's Crohn's criteria ask for (INF-001, INF-007). medspaCy's
forward "not" (and "n't", "cannot") inside "did not tolerate" denied the treatment that follows,
and the HYPOTHETICAL "due" (meant for "PT due next visit") made "... due to pain" a plan. What
is not tried stays denied: "has not tried CPAP", "never started PT", "did not fill naproxen",
and a friend's or relative's intolerance is not the patient's (BA/cpap-03: "Pt's friend
'couldn't tolerate CPAP'"), and an exam manoeuvre the patient could not tolerate ("did not
tolerate ROM testing") was not done.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

from .test_judgement import _note, record, status
from .test_judgement_wave15_bilevel_evaluation import _encounter, bilevel_item
from .test_judgement_wave21_offered_declined import _condition


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 2, 16))])
    return any(f.asserted for f in found if f.concept == concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Could not tolerate CPAP (mask leak, claustrophobia).", "failed-cpap"),
        ("Pt could not tolerate CPAP - claustrophobic.", "failed-cpap"),
        ("Couldn't tolerate PAP therapy.", "failed-cpap"),
        ("Didn't tolerate CPAP at 12 cm.", "failed-cpap"),
        ("Can't tolerate the CPAP - aerophagia.", "failed-cpap"),
        ("Was not able to tolerate CPAP despite mask refits.", "failed-cpap"),
        ("couldn't tolerate NSAIDs due to GI upset.", "nsaid"),
        ("Did not tolerate naproxen x 3 wks (GI upset).", "nsaid"),
        ("Didn't tolerate meloxicam, stopped after 2 wks.", "nsaid"),
        ("Pt was unable to tolerate ibuprofen due to dyspepsia.", "nsaid"),
        ("did not tolerate gabapentin - dizziness.", "analgesic"),
        ("unable to tolerate PT due to pain.", "physical-therapy"),
        ("Tried PT x 6 wks, could not tolerate due to pain.", "physical-therapy"),
        ("Cannot tolerate NSAIDs (GI bleed on naproxen 2024).", "nsaid"),
        ("Naproxen stopped due to GI upset.", "nsaid"),
        ("Failed PT due to persistent pain.", "physical-therapy"),
    ],
)
def test_care_not_tolerated_was_tried(text: str, concept: str) -> None:
    assert _asserted(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Has not tried PT.", "physical-therapy"),
        ("Never started PT.", "physical-therapy"),
        ("Did not fill naproxen.", "nsaid"),
        ("Could not tolerate naproxen; has not tried PT.", "physical-therapy"),
        ("Pt's friend 'couldn't tolerate CPAP'.", "failed-cpap"),
        ("His brother could not tolerate CPAP.", "failed-cpap"),
        ("Her roommate can't tolerate the CPAP either.", "failed-cpap"),
        ("Wife could not tolerate CPAP, so pt is reluctant to try it.", "failed-cpap"),
        ("PT due next visit.", "physical-therapy"),
        ("If he could not tolerate CPAP, will switch to bilevel.", "failed-cpap"),
        ("If she does not tolerate naproxen, switch to celecoxib.", "nsaid"),
        ("Return if unable to tolerate PT.", "physical-therapy"),
        ("PT due to start 3/1.", "physical-therapy"),
        ("Did not tolerate ROM testing.", "range-of-motion"),
        ("Unable to tolerate Lachman.", "mechanical-test"),
        ("Could not tolerate McMurray testing due to pain.", "mechanical-test"),
        ("Naproxen due to be started after labs.", "nsaid"),
    ],
)
def test_care_not_tried_or_not_the_patients_stays_out(text: str, concept: str) -> None:
    assert not _asserted(text, concept)


def _cpap_006(follow_up: str) -> str:
    return bilevel_item(
        "CPAP-006",
        _encounter("consult", "2025-12-03", "AMB", "Sleep medicine new patient"),
        _note("n1", "2025-12-03", "Sleep consult. Snoring, witnessed apneas, ESS 13. Order HST."),
        follow_up=follow_up,
    )


def test_a_cpap_the_patient_could_not_tolerate_is_the_failed_trial_bilevel_needs() -> None:
    text = (
        "Sleep follow up. CPAP 10 cm started 1/16/26. Could not tolerate CPAP (mask leak, "
        "claustrophobia) despite 3 mask refits. Plan: bilevel."
    )
    assert _cpap_006(text) == "met"


def test_a_friends_intolerance_is_no_trial_of_the_patients() -> None:
    text = (
        "Sleep follow up. Has not tried CPAP: pt's friend 'couldn't tolerate CPAP' and he "
        "wants bilevel instead. Plan: bilevel."
    )
    assert _cpap_006(text) != "met"


def _crohns_steps(text: str) -> tuple[str, str]:
    note = _note("n1", "2026-02-20", text)
    bundle = record("J1745", _condition("K50.812"), note, reason="K50.812")
    return tuple(status(bundle, item)["status"] for item in ("INF-001", "INF-007"))


@pytest.mark.parametrize(
    "text",
    [
        "Pred taper without response. Could not tolerate azathioprine (pancreatitis) at 3 wks.",
        "Pred taper without response. Did not tolerate 6-MP - leukopenia.",
    ],
)
def test_an_immunomodulator_not_tolerated_is_a_step_tried(text: str) -> None:
    assert _crohns_steps(text) == ("met", "met")


@pytest.mark.parametrize(
    "text",
    [
        "Pred taper without response. Has not tried azathioprine.",
        "Pred taper without response. Did not fill azathioprine.",
    ],
)
def test_an_immunomodulator_never_taken_is_no_step(text: str) -> None:
    assert _crohns_steps(text) == ("missing", "missing")
