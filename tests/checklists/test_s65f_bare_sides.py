"""A side with no body part is the side of the finding its clause writes (lead's class at stop
47, s65-f): "R knee: mild OA, kneeling impossible on the left" gave the limitation the right
knee the statement names, and a left TKA lost its functional deficit (TKA-003). Each wording of
the fact keeps the left; a side both ways ("L>R"), or a clause that names its own joint,
does not move it, and a bare side gives no side to a finding of no sided region."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _function(text: str, reason: str = "M17.12") -> str:
    return status(record("27447", _note("n1", "2026-02-20", text), reason=reason), "TKA-003")[
        "status"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "R knee: mild OA, kneeling impossible on the left.",
        "R knee doing well after TKA, kneeling impossible on the left.",
        "R knee: no pain. Kneeling impossible on the left.",
        "Function: R knee ok, L side worse - can't do stairs or kneel.",
        "R knee: mild OA. L side worse, cannot kneel.",
        "s/p R TKA, happy w/ it; cant kneel or do stairs, worse on the L",
        "R knee stable. Unable to climb stairs - left-sided.",
    ],
)
def test_a_bare_side_gives_the_limitation_its_knee(text: str) -> None:
    assert _function(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        # For a right knee: the limitation is the left knee's, by its own side.
        "R knee: mild OA, kneeling impossible on the left.",
        "R knee: no pain. Kneeling impossible on the left.",
    ],
)
def test_the_other_sides_limitation_is_not_this_knees(text: str) -> None:
    assert _function(text, reason="M17.11") != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "R knee: kneeling impossible, L>R.",  # both sides: the right knee keeps it
        "R knee OA: cannot kneel, pain on the right.",
    ],
)
def test_no_bare_side_of_one_knee_alone_moves_it(text: str) -> None:
    assert _function(text, reason="M17.11") == "met", text
