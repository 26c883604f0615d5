"""A recertification recommended is none yet (blind wave 18, BJ/hh-02): an agency PT's "HH PT
60-DAY SUMMARY / RECERT RECOMMENDATION 07/27/2026 ... sent to MD for review/signature" met
HHC-004's certified plan by its title's "RECERT", while the recertification itself was still
unsigned ("Physician signature: ***") and the first plan had run out. A recommendation awaits the
practitioner who certifies; a recertification signed, written apart from any recommendation, is
still one."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "HH PT 60-DAY SUMMARY / RECERT RECOMMENDATION 07/27/2026",
        "Recertification recommendation: PT 2w4 for stairs and tub transfer.",
        "Plan of care recommendations sent to Dr. Ames.",
    ],
)
def test_a_recommended_recertification_is_none_yet(text):
    assert not _asserted(text, "certified") and not _asserted(text, "plan-of-care"), text


@pytest.mark.parametrize(
    "text",
    [
        "Recertification signed by Dr. Ames 07/29/2026.",
        "Recert signed 07/29. Recommendations for HEP reviewed with pt.",
    ],
)
def test_a_signed_recertification_is_still_one(text):
    assert _asserted(text, "certified"), text
