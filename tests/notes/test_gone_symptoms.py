"""A symptom the patient says is gone or resolved is no present symptom (blind wave 51,
GJ/card-02); how one episode ended ("resolved with rest") is still the symptom."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.gone_symptoms import said_gone
from smartapp.notes.model import NoteInput


@pytest.mark.parametrize(
    "after",
    [' "pretty much gone" on the pantoprazole.', " now resolved since the PPI.", " has resolved."],
)
def test_a_symptom_said_gone(after):
    assert said_gone(after)


@pytest.mark.parametrize(
    "after",
    [
        " at rest, lasting 10 min.",
        " resolved with rest after 5 minutes.",
        " resolved spontaneously.",
        " resolved w/ rest.",
        " resolved within an hour, recurs on stairs.",
        " - going to the ED if worse.",
    ],
)
def test_an_episode_or_a_present_symptom_is_not_gone(after):
    assert not said_gone(after)


def _asserted(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.concept == "cardiac-symptom" and f.asserted for f in found)


def test_the_gone_symptom_is_no_asserted_finding():
    assert not _asserted('Phone call: pt reports chest pressure "mostly gone" on the antacid.')
    assert _asserted("Pt reports chest pressure on exertion, resolved with rest after 5 min.")
    assert _asserted("Pt reports chest pressure climbing stairs x 3 weeks.")
