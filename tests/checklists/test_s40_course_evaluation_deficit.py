"""A child who cannot request is a communication limit in daily terms (targets.yaml), and the
deficit the first evaluation of a course set out still stands a year on while a re-evaluation in
the last 12 months continues that course (SLP-003): the re-evaluation reports progress against
that deficit, not the deficit anew. Without a re-evaluation, an evaluation over a year old is
too old; and none counts past two years."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_AS_OF = date(2026, 3, 2)
_EVAL = "AAC evaluation (age 3y9m). Unable to request food or toys; cries and leads mom to items."
_REEVAL = "SLP re-evaluation. Now 30+ requests on SGD with model. PLS-5 EC SS 58."


def _slp003(*notes: dict) -> str:
    return status(record("92609", *notes, reason="F80.2"), "SLP-003", as_of=_AS_OF)["status"]


@pytest.mark.parametrize(
    "said",
    [
        "S: cannot request help at daycare without the device.",
        "S: tantrums when unable to request a snack.",
        "S: can't request toileting at preschool.",
    ],
)
def test_a_child_who_cannot_request_is_limited(said: str) -> None:
    assert _slp003(_note("n1", "2026-02-20", said)) == "met", said


def test_a_child_who_requests_is_no_limit() -> None:
    assert _slp003(_note("n1", "2026-02-20", "S: requests 20+ items with SGD daily.")) != "met"


def test_the_course_s_evaluation_stands_while_a_re_evaluation_continues_it() -> None:
    first = _note("e1", "2025-02-10", _EVAL)  # 385 days before as_of
    assert _slp003(first, _note("e2", "2025-08-12", _REEVAL)) == "met"


def test_an_old_evaluation_with_no_re_evaluation_since_is_too_old() -> None:
    assert _slp003(_note("e1", "2025-02-10", _EVAL)) != "met"
    assert _slp003(_note("e1", "2024-02-10", _EVAL), _note("e2", "2025-08-12", _REEVAL)) != "met"
