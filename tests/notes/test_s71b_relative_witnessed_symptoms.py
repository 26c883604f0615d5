"""A relative who hears, notices, watches or witnesses the patient's symptoms tells the patient's
findings, as one who reports them does (blind wave 79, KO/sleep-studies-02: 'daughter hears her
"quit breathing then gasp", snores like a freight train, naps 3x daily, wakes up choking' was read
as the daughter's). A sleep history is most often a bed partner's or a relative's account. A
relative's own condition ("daughter has OSA on CPAP", "husband also snores") and a relative's own
care ("daughter saw a sleep doctor") stay the family's."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.cues import INFORMANT


def _sleep_findings(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 6, 2))])
    return [f for f in found if f.concept == "sleep-symptom"]


WITNESSED = [
    'HPI: daughter hears her "quit breathing then gasp", snores like a freight train, naps 3x '
    "daily, wakes up choking.",
    "Wife has noticed he snores loudly and wakes up choking.",
    "husband notices she snores, sometimes gasping.",
    "Bed partner witnessed apneas most nights, loud snoring.",
    "Granddaughter reports he dozes off mid-conversation, snores.",
    "According to his wife, he snores and stops breathing.",
    "Mom frequently hears him snoring through the wall.",
    "Son sees her nodding off at the table, snores in her recliner.",
    "Spouse observed pauses in breathing, snoring x years.",
    "wife watches him stop breathing at night",
]


@pytest.mark.parametrize("text", WITNESSED)
def test_a_relative_who_hears_or_sees_the_patient_is_an_informant(text: str) -> None:
    assert INFORMANT.search(text)


@pytest.mark.parametrize("text", WITNESSED)
def test_the_symptoms_a_relative_witnessed_are_the_patients(text: str) -> None:
    found = _sleep_findings(text)
    assert found and not all(f.family for f in found)


def test_every_symptom_listed_after_the_witness_is_the_patients() -> None:
    found = _sleep_findings(WITNESSED[0])
    assert {f.text for f in found} >= {"snores", "wakes up choking"}
    assert not any(f.family for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Daughter has OSA on CPAP.",
        "Husband also snores.",
        "Daughter saw a sleep doctor for her snoring.",
        "Son sees a pulmonologist for daytime sleepiness.",
        "Wife heard about his snoring from the neighbor's complaint.",
    ],
)
def test_a_relatives_own_condition_or_care_is_no_informant(text: str) -> None:
    assert not INFORMANT.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Husband also snores.",
        "Daughter saw a sleep doctor for her snoring.",
        "Son sees a pulmonologist for daytime sleepiness.",
    ],
)
def test_a_relatives_own_symptom_stays_the_familys(text: str) -> None:
    found = _sleep_findings(text)
    assert found and all(f.family for f in found)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('Pt says husband hears her "quit breathing then gasp".', "quit breathing"),
        ("Roommate says he quits breathing in his sleep.", "quits breathing"),
        ("Snores, gasps awake 2-3x a night.", "gasps"),
    ],
)
def test_a_pause_in_plain_words_is_a_sleep_symptom(text: str, said: str) -> None:
    found = _sleep_findings(text)
    assert any(f.text == said and not f.family and not f.negated for f in found)


def test_a_denied_pause_in_plain_words_is_no_symptom() -> None:
    found = _sleep_findings("Wife denies he ever quits breathing.")
    assert not any(f.text == "quits breathing" and not f.negated for f in found)


@pytest.mark.parametrize(
    ("text", "relatives"),
    [
        ("HPI: 66F, snoring decades, husband (who uses CPAP himself) hears pauses.", "uses CPAP"),
        ("Daughter (who has OSA on CPAP) reports she snores.", "on CPAP"),
    ],
)
def test_an_aside_about_the_witness_stays_the_witnesss(text: str, relatives: str) -> None:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 6, 2))])
    aside = [f for f in found if f.text == relatives]
    assert aside and all(f.family for f in aside)
    assert any(f.concept == "sleep-symptom" and not f.family for f in found)
