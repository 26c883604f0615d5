"""What an amendment says an earlier version got wrong is no evidence (blind wave 16, BD/inj-03):
'Amendment 5/7: prior version stated 80% relief x 4 months in error (template copied from another
pt). Per pt and pain diary: ~50% relief after 3/10 ILESI lasting about 3 weeks' gave IPN-009 the
retracted 80% for 4 months. The words retracted are denied; the correction still counts."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str) -> list:
    return find_findings([NoteInput("D/1", text)])


def _relief(text: str) -> list[float]:
    return [f.value for f in _found(text) if f.concept == "block-relief" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Amendment 5/7: prior version stated 80% relief x 4 months in error (template copied"
        " from another pt). Per pt and pain diary: ~40% relief after 3/10 ILESI.",
        "ADDENDUM: the 3/20 note documented 90% relief for 6 months in error. Pt reports 40%"
        " relief after the ESI.",
        "Correction: 85% relief x 4 mo was erroneously documented on 4/2. Actual: 40% relief.",
        "Note amended - incorrectly recorded as 80% relief lasting 5 months; pt reports 40%"
        " relief.",
    ],
)
def test_a_value_written_in_error_is_no_value(text: str) -> None:
    assert _relief(text) == [40], (text, _relief(text))


def test_physical_therapy_documented_in_error_is_no_therapy() -> None:
    text = "Amended: prior note stated PT x 8 weeks in error; pt has not had physical therapy."
    assert not [f for f in _found(text) if f.concept == "physical-therapy" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        # No retraction: an error named elsewhere, a correction stated as the fact.
        "S/p L4-5 ILESI 3/10/26: 80% relief x 4 months. Labs drawn in error were repeated.",
        "Corrected relief after the 3/10 ILESI: 80% relief x 4 months (diary).",
    ],
)
def test_relief_beside_no_retraction_still_counts(text: str) -> None:
    assert 80 in _relief(text), (text, _relief(text))
