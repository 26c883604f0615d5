"""A child's attended study has its reason in the child's age (blind wave 16, BD/sleep-02):
'Attended in-lab PSG - home sleep tests are not validated in children <18 and pediatric scoring
requires EEG/CO2' gave SLEEP-005 no reason, as only comorbidities, a failed home test, another
suspected disorder or a titration were read (AASM 2017: home tests are for adults)."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _reasons(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == "attended-study-reason" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: suspected pediatric OSA. Attended in-lab PSG - home sleep tests are not validated in"
        " children <18 and pediatric scoring requires EEG/CO2.",
        "HSAT not recommended for pediatric patients; order attended PSG.",
        "Children require attended polysomnography per AASM.",
    ],
)
def test_a_childs_age_is_the_reason_for_an_attended_study(text: str) -> None:
    assert _reasons(text), text


@pytest.mark.parametrize(
    "text",
    [
        "16 yo with snoring. HST ordered.",
        "Home sleep test validated in adults; pt is 45.",
        "Child care at home during the study night.",
    ],
)
def test_a_child_or_a_home_test_named_alone_gives_no_reason(text: str) -> None:
    assert not _reasons(text), text
