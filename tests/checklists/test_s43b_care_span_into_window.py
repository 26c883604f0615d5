"""Care written as a span of years or months ran until the span's end: a supervised weight
program "2023-24" or "9/2023-8/2024" ran into a two-year window that opens in March 2024,
though its first year lies before it (blind wave 48, FY/bar-02: NCD 100.1's failed medically
supervised program left out as of 1 January of its first year). A span that ended before the
window still does not count."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _program(text: str) -> str:
    bundle = record("43644", _note("n1", "2025-11-10", text), reason="E66.01")
    return status(bundle, "BAR-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "PCP weight mgmt: monthly supervised visits 2023-24 with diet logs; plateau, failed.",
        "Failed medically supervised weight program 9/2023-8/2024 (10 visits), plateau.",
    ],
)
def test_a_program_running_into_the_window_counts(text: str) -> None:
    assert _program(text) == "met"


def test_a_program_ended_before_the_window_does_not() -> None:
    text = "PCP weight mgmt: monthly supervised visits 2021-22 with diet logs; plateau, failed."
    assert _program(text) != "met"
