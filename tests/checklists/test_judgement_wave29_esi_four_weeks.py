"""An epidural steroid injection asks for conservative care over the pain's 4 weeks, not six
(blind wave 29, DD/inj-01): ibuprofen and a Medrol pack from 3/4 and 8 PT visits from 3/9, "w/o
improvement" on 4/13, were 40 days of care, called partial against the engine's default 42
for a first TFESI its reviewer accepted. LCD L39240 (and L33906's summary) times the pain, "at
least 4 weeks despite conservative care"; care over those 4 weeks meets it, three weeks does
not."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _esi(text: str) -> str:
    """IPN-002 for a lumbar epidural injection ordered 2026-02-25, as of 2026-03-01."""
    return status(record("62323", _note("n1", "2026-02-25", text)), "IPN-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "L leg pain since 1/10. Ibuprofen 600 TID since 1/19, PT 7 visits since 1/21, no relief.",
        "L S1 radicular pain. Did PT x 5 wks and naproxen, no better.",
    ],
)
def test_care_over_the_pains_four_weeks_meets_it(text: str) -> None:
    assert _esi(text) == "met"


def test_three_weeks_of_care_is_short() -> None:
    assert _esi("L leg pain since 1/10. Ibuprofen 600 TID since 2/5, no relief.") == "partial"
