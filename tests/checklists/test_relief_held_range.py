"""IPN-009 (LCD L39240: a repeat epidural asks for 50% relief held 3 months): the relief's time
written as a range, or in brackets after the clause that ends it, is how long it held
("wore off over the winter break (about 4-5 wks)"; blind wave 56). A range reaching 3 months,
or a bracket naming the pain's time rather than the relief's, does not make it short."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 3, 1)


def _ipn009(text: str) -> str:
    bundle = record("64483", _note("n1", "2026-02-20", text), reason="M54.16")
    return status(bundle, "IPN-009", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "held",
    [
        "it wore off over the winter break (about 4-5 wks)",
        "it lasted 4-5 wks",
        "it wore off after 3-4 weeks",
        "it wore off by spring break (~6 wks)",
    ],
)
def test_a_short_relief_told_as_a_range_or_in_brackets(held: str) -> None:
    text = f"Radicular LBP. L4-5 TFESI 10/14/25 gave 60% relief but {held}."
    assert _ipn009(text) == "partial"


@pytest.mark.parametrize(
    "held",
    ["it lasted 3-4 months", "it wore off only in January (about 3-4 mo)"],
)
def test_a_range_reaching_three_months_is_not_short(held: str) -> None:
    text = f"Radicular LBP. L4-5 TFESI 9/2/25 gave 60% relief and {held}."
    assert _ipn009(text) == "met"
