"""A drug taken once is no trial of it (occasional_use._INTERMITTENT): "tried a friend's
Tylenol once" at the visit that orders a lumbar MRI, seven weeks after a clinician's plan, made
the two days one six-week episode of care. A drug taken "once daily" or "once a week" keeps its
course."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_BURST = _note("n0", "2026-01-05", "Methylprednisolone dose pack prescribed today.")


def _lumbar(text: str) -> dict:
    return record("72148", _BURST, _note("n1", "2026-02-25", text))


@pytest.mark.parametrize(
    "text",
    [
        "Took his brother's naproxen once.",
        "Tried ibuprofen just once, no change.",
        "Took meloxicam only once and it upset his stomach.",
    ],
)
def test_a_drug_taken_once_is_no_trial(text: str) -> None:
    assert status(_lumbar(text), "LMRI-003")["status"] != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Naproxen 500 mg once daily since 1/5, prescribed by me.",
        "Meloxicam 15 mg once a day since 1/5 as prescribed.",
    ],
)
def test_a_drug_taken_once_a_day_keeps_its_course(text: str) -> None:
    assert status(_lumbar(text), "LMRI-003")["status"] == "met", text
