"""Blind wave 44 readings (s41-l).

- A therapist's or physiatrist's part of a multidisciplinary note, headed by the discipline or
  the signer's credential, that calls itself the specialty evaluation is the wheelchair specialty
  evaluation (FK/wheelchair-03); the physician's part of that note, or a "specialty eval" with no
  such heading, is not.
- A plan step placed or chosen by the study ("injection at the level on MRI", "surgery if severe
  stenosis" beside its alternative) is the decision the imaging directs (FJ/aim-03); a bare
  differential ("r/o X vs Y") is not.
"""

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("D/7", text)])
    return any(f.concept == concept and not f.negated and not f.hypothetical for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OT (R. Banks, OTR/L): Specialty evaluation done. Tilt-in-space chair fitted.", True),
        ("Physiatry (Dr. Chen): specialty mobility eval today; drove the loaner chair well.", True),
        ("PT: specialty eval today, mid-wheel drive trialled in the hallway.", True),
        ("PT: specialty eval pending, appt next month.", False),
        ("Neurology: specialty eval today, face-to-face mobility exam.", False),
        ("Specialty eval today per clinic routine.", False),
    ],
)  # fmt: skip
def test_a_therapist_headed_part_of_a_shared_note(text: str, expected: bool) -> None:
    assert _asserted(text, "wheelchair-evaluation") is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lumbar MRI ordered. Then TFESI at the level seen on MRI.", True),
        ("Facet injection to the levels identified by the MRI.", True),
        ("Brace vs ortho referral if full-thickness tear.", True),
        ("Conservative care versus decompression if cord compression on imaging.", True),
        ("Injection at the level on prior MRI.", False),
        ("Impression: r/o HNP vs foraminal stenosis.", False),
        ("ESI vs surgery if pain persists.", False),
    ],
)  # fmt: skip
def test_a_step_placed_or_chosen_by_the_study(text: str, expected: bool) -> None:
    assert _asserted(text, "decision-dependent") is expected
