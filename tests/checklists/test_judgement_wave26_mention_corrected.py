"""A mention the same sentence corrects is no evidence of what it first said (blind wave 26,
CR/hya-03): '"Had a steroid shot in the knee" per med history form refers to a topical steroid
cream for eczema per pt clarification.' met HYA-003 as an intra-articular corticosteroid. Wave
16 denied what an amendment says was written 'in error'; a quoted or sourced mention that
'refers to', 'actually refers to' or 'was actually' something else is retracted the same way.
Referred pain ('hip pain refers to the knee') and care that 'was actually helpful' stay."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == concept and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        '"Had a steroid shot in the knee" per med history form refers to a topical steroid cream'
        " for eczema per pt clarification.",
        "Cortisone injection listed on intake form actually refers to a steroid cream.",
        '"Cortisone shot" per outside records was actually a topical steroid cream.',
        "Steroid injection per referral letter refers to an oral prednisone taper.",
    ],
)
def test_a_mention_the_sentence_corrects_is_no_injection(text: str) -> None:
    assert not _asserted(text, "corticosteroid-injection"), text


@pytest.mark.parametrize(
    "text",
    [
        "Steroid injection 3/2025 gave 2 months relief. Hip pain refers to the knee.",
        "Cortisone injection 10/2025 was actually helpful for 6 weeks.",
        "Steroid injection 9/2025. Hip pain on walking refers to the knee.",
        "The cortisone injection was actually the most helpful treatment.",
        "Steroid injection 3/2025 - see pharmacy note; pt refers to it as her knee shot.",
    ],
)
def test_an_injection_no_one_corrects_stays(text: str) -> None:
    assert _asserted(text, "corticosteroid-injection"), text
