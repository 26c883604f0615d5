"""Speech only the family can follow is a functional communication limit, found by blind wave 34
(DW/sp-03): an SGD evaluation wrote "minimally verbal, ~10 word approximations understood by
family only" and SLP-003 found no deficit, since none of its limiting verbs ("unable", "cannot")
stands there. Intelligibility limited to familiar listeners, a child described as minimally
verbal, or a count of word approximations each say what the child cannot do in daily terms;
speech understood by family and strangers alike, or a rate in words per minute, is none."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _limit(text: str) -> str:
    bundle = record("92609", _note("n1", "2026-02-20", text), reason="F84.0")
    return status(bundle, "SLP-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "AAC eval. 7yo, speech intelligible to parents only. Trialed tablet SGD.",
        "AAC eval. Uses ~15 word approximations. Trialed tablet SGD.",
        "AAC eval. 6yo boy, minimally verbal. Trialed tablet SGD.",
        "AAC eval. Says a few words, understood only by his mother. Trialed tablet SGD.",
    ],
)
def test_speech_only_the_family_follows_is_a_limit(text: str) -> None:
    assert _limit(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "AAC eval. Speech understood by family and by teachers. Trialed tablet SGD.",
        "AAC eval. Reads aloud at 90 words per minute. Trialed tablet SGD.",
    ],
)
def test_speech_others_follow_is_no_limit(text: str) -> None:
    assert _limit(text) != "met"
