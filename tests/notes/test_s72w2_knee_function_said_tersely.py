"""A knee's limits said tersely (blind wave 81, KX/knee-arthroplasty-02: "Walks < 1 block, gets
up from chair w/ arms, quit fishing. Oxford knee score 17." read as no limit of the knee, and
TKA-003 called missing). The walking distance was read, but "w/ arms" made the statement the
arm's, and the rest was unread: a distance of "a" block ("less than a block"), rising from a seat
with the arms, a pastime given up ("quit fishing", "no longer goes hunting"), and the Oxford knee
(or hip) score, judged by its band (40-48 of 48 is satisfactory joint function).

Not a long walk, a rise without the arms or with them crossed (the sit-to-stand test's way), a
pastime only planned or a relative's, an Oxford score in the satisfactory band, nor the town.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

#: The concepts TKA-003 (a knee's functional limitation) reads.
_LIMITS = frozenset(
    {"adl-limitation", "walking-limitation", "standing-sitting", "transfer-limitation",
     "activity-limitation", "functional-score", "work-limitation"}
)  # fmt: skip


def _limits(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/k1", text, dt.date(2026, 8, 18))])
    return [
        f
        for f in found
        if f.category == "functional-deficits"
        and f.concept in _LIMITS
        and f.asserted
        and not f.normal
        and not f.hypothetical
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Walks less than a block before resting.",
        "Ambulates < a block w/ cane.",
        "Gets up from chair w/ arms.",
        "Rises from chair using armrests.",
        "Stands from the recliner w/ B UE push-off.",
        "gets up off the toilet with both hands on the grab bar",
        "quit fishing.",
        "Had to give up fishing and hunting.",
        "No longer goes fishing w/ grandson.",
        "Oxford knee score 17/48.",
        "OXFORD KNEE SCORE: 22",
        "Oxford 21.",
    ],
)
def test_a_knee_s_limit_said_tersely_is_read(text: str) -> None:
    assert _limits(text)


def test_the_whole_statement_is_the_knee_s_not_the_arm_s() -> None:
    found = _limits("Walks < 1 block, gets up from chair w/ arms, quit fishing.")
    assert found and all("upper-extremity" not in f.regions for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Walks > 2 miles daily.",
        "Oxford knee score 45/48.",
        "Oxford 44.",
        "Gets up from chair without using arms.",
        "Rises from chair w/o UE support.",
        "Stands from chair with arms crossed x5 in 11 s.",
        "Quit smoking, fishing every weekend.",
        "Plans to go fishing after surgery.",
        "Lives 1 block from the lake, fishes daily.",
        "Referred from Oxford Family Medicine.",
        "Husband quit fishing.",
        "Walks 1 mile, gets up from chair without difficulty.",
    ],
)
def test_a_long_walk_an_unaided_rise_or_a_good_score_is_none(text: str) -> None:
    assert not _limits(text)
