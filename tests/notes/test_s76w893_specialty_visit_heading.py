"""A note headed by its specialty's visit ("Pulm visit.") records a visit held: the
face-to-face visit before an oxygen order (blind wave 89, MB/oxy-02, where the ordering
pulmonologist's note "Pulm visit. Interval: ... Today: SpO2 89% RA at rest, 89% with ambulation
x 6 min. No edema." had no Encounter and no exam heading, and the visit was read as none).
A visit to come, one by video or phone, or one a plan names is not; a telephone note headed so
is set aside by the checklist's ``in_person`` reading of the whole note."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _visit_held(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 3, 2))])
    return any(f.concept == "in-person-visit" and not f.negated and not f.planned for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Pulm visit. Interval: copy of hospital course. Today: SpO2 89% RA at rest, 89% with "
        "ambulation x 6 min. No edema.",
        "Pulmonary follow-up visit: SpO2 88% RA, 84% walking.",
        "Neurology visit\nHPI: MS, falls x3.",
        "Sleep medicine new patient visit: loud snoring, ESS 14.",
    ],
)
def test_a_note_headed_by_its_specialty_visit_is_a_visit_held(text: str) -> None:
    assert _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pulm visit in 3 mo.",
        "Pulm visit (video). Sats per home oximeter 88%.",
        "Next pulm visit 4/2.",
        "PCP visit - phone. Discussed O2.",
        "Plan: pulm visit.",
        "Will schedule pulm visit after PFTs.",
    ],
)
def test_a_specialty_visit_to_come_or_by_video_is_not(text: str) -> None:
    assert not _visit_held(text)
