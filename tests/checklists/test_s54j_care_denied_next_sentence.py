"""A course the next sentence says never began does not count toward six weeks of conservative
care (payer imaging criteria for a lumbar MRI): "Referred to PT 1/5/26. Never went." is no PT,
as "referred to PT but never went" already was; PT had and then left still counts."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _lumbar(text: str) -> dict:
    return record("72148", _note("n1", "2026-02-25", text))


def test_care_denied_in_the_next_sentence_is_no_course() -> None:
    for text in (
        "Referred to PT 1/5/26. Never went.",
        "Physio ordered 1/5/26. Did not attend (work schedule).",
        "Naproxen 500 BID prescribed 1/5/26. Never filled it.",
    ):
        bundle = _lumbar(text + " Ibuprofen started today.")
        assert status(bundle, "LMRI-003")["status"] != "met", text


def test_care_had_then_left_still_counts() -> None:
    for text in (
        "PT 1/5/26-2/20/26, no better. Never went back after discharge.",
        "Naproxen 500 BID 1/5/26-2/20/26. Did not help.",
    ):
        assert status(_lumbar(text), "LMRI-003")["status"] == "met", text
