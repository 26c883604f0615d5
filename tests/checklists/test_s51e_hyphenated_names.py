"""A criterion's hyphenated name matches the record's spaced or run-together spelling.

An Encounter typed "Endocrine follow up" is the "follow-up" visit CGM-002 names (blind wave 55:
a pediatric endocrinology follow up on the day of the CGM order was not seen); "x-ray" is
"X ray" and "xray". Still whole words: a name inside a longer word does not match.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.record_filters import matches_concept
from smartapp.scoring.report import score_bundle

from .test_judgement import record


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("endocrine follow up", True),
        ("endocrine followup", True),
        ("endocrine follow-up", True),
        ("knee x ray 2 views", True),
        ("knee xray", True),
        ("unfollow up", False),
        ("follow upward", False),
    ],
)
def test_a_hyphen_may_be_a_space_or_left_out(text: str, found: bool) -> None:
    spec = {"names": ["follow-up", "x-ray"]}
    assert matches_concept((), text, spec) is found


def _cgm002(kind: str) -> str:
    visit = {
        "resourceType": "Encounter",
        "id": "v1",
        "status": "finished",
        "class": {"code": "AMB"},
        "type": [{"text": kind}],
        "subject": {"reference": "Patient/p"},
        "period": {"start": "2026-04-06", "end": "2026-04-06"},
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
    }
    order = {"authoredOn": "2026-04-06", "occurrenceDateTime": "2026-04-13"}
    bundle = record("E2103", visit, reason="E10.9", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 4, 6))
    return {i["id"]: i for i in report["items"]}["CGM-002"]["status"]


def test_a_follow_up_visit_written_with_a_space_is_the_cgm_visit() -> None:
    assert _cgm002("Adult endocrinology follow up") == "met"


def test_a_visit_of_no_named_kind_is_still_not() -> None:
    assert _cgm002("Lab draw only") != "met"
