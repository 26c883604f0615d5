"""Care its own words tell as failed ("Surgery recommended after failed PT x 6 wks") was had,
though the statement's recommendation reads forward over it (brief s72-w6, item 3); the care
recommended after another's failure ("Recommend PT after failed NSAIDs"), or care whose failure
is still a condition ("if failed PT"), is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 6, 18))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "plan",
    [
        "Surgery recommended after failed PT x 6 wks.",
        "TKA recommended following failed PT and NSAIDs.",
        "Recommend ESI after failing 8 wks of PT.",
        "Ortho referral recommended given failed conservative tx incl PT x 6 wks.",
        "Surgical consult recommended s/p failed PT.",
        "Rec surgery d/t failed PT.",
        "Surgery recommended after unsuccessful PT x 6 wks.",
        "Surgery recommended after 6 wks failed PT.",
        "Recommended NSGY referral due to failed formal PT.",
    ],
)
def test_care_its_own_words_tell_as_failed_was_had(plan: str) -> None:
    assert _asserted(f"A/P: L4-5 HNP. {plan}", "physical-therapy")


@pytest.mark.parametrize(
    "plan",
    [
        "Recommend PT after failed NSAIDs.",
        "Surgery recommended if failed PT.",
        "Recommend surgery after PT fails.",
        "Surgery recommended after failing to attend PT.",
        "Surgery recommended after PT.",
        "Surgery not recommended; PT recommended after failed injection.",
    ],
)
def test_care_recommended_or_still_a_condition(plan: str) -> None:
    assert not _asserted(f"A/P: L4-5 HNP. {plan}", "physical-therapy")
