"""A consultation tagged with its modality in brackets ("Sleep consult (in clinic): loud
snoring ... Plan split-night PSG") is an in-person visit held, as "Follow-up visit (in person)"
is: the tag was read only on f/u, visit, appt, encounter and note, so the sleep physician's
in-clinic evaluation before the PSG was not found (blind wave 82, LC/cpap-03)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _visit_held(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 6, 2))])
    return any(f.concept == "in-person-visit" and not f.negated and not f.planned for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Sleep consult (in clinic): loud snoring, gasping, ESS 17, BMI 41.",
        "Pulm consult (in-person) - witnessed apneas, neck 18 in.",
        "SLEEP MEDICINE CONSULTATION (in office)\nHx: snoring, AM headaches.",
        "Consult 6/2/26 (in clinic): ESS 14, Mallampati IV.",
        "New pt eval (in person): daytime sleepiness, BMI 38.",
        "Sleep evaluation [in clinic] - gasping arousals per wife.",
        "Neuro consult (office): R hemiparesis, gait unsteady.",
        "S: Sleep consul (in clinic) for snoring and HTN.",
    ],
)
def test_a_consult_tagged_in_person_is_a_visit_held(text: str) -> None:
    assert _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Next consult (in clinic) 7/1 for PSG results.",
        "Sleep consult scheduled (in clinic) next month.",
        "Sleep consult (telehealth): snoring, ESS 15.",
        "Consult (video): ESS 12, exam deferred.",
        "No sleep consult (in clinic) was done.",
    ],
)
def test_a_consult_to_come_or_remote_is_not(text: str) -> None:
    assert not _visit_held(text)
