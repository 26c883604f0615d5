"""The order's own injection words name the injection it asks for (blind wave 36, EF/hya-02).

A hyaluronan order's comment "3 weekly IA injections" met HYA-003 (a prior intra-articular
steroid injection of the knee, LCD L39529) though the patient had declined a steroid injection:
the comment is the series requested. As an order's "Bilevel for CPAP intolerance" is no CPAP
trial, its undated injection words are no earlier injection; one it dates before itself, or a
note's, still is.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

_AS_OF = dt.date(2026, 1, 22)


def _hya3(comment: str, *resources: dict) -> str:
    order = {
        "authoredOn": "2026-01-20",
        "occurrenceDateTime": "2026-02-02",
        "note": [{"text": comment}],
        "bodySite": [{"text": "Right knee"}],
    }
    bundle = record("J7325", *resources, reason="M17.11", order=order)
    return status(bundle, "HYA-003", as_of=_AS_OF)["status"]


_VISIT = (
    "Ortho - R knee\nHx: R knee pain 2 yrs, PT and naproxen without relief. "
    "Offered steroid injection, pt declined.\nPlan: hyaluronan R knee, weekly x3."
)


@pytest.mark.parametrize(
    "comment",
    ["3 weekly IA injections", "R knee intra-articular injection x3", "Knee injections weekly x 3"],
)
def test_the_orders_injection_words_are_the_series_asked_for(comment: str) -> None:
    assert _hya3(comment, _note("n1", "2026-01-19", _VISIT)) != "met"


def test_an_injection_the_order_dates_before_itself_still_counts() -> None:
    assert _hya3(
        "R knee CSI 10/2025 gave 3 weeks of relief", _note("n1", "2026-01-19", _VISIT)
    ) == ("met")


def test_a_notes_injection_still_counts() -> None:
    visit = "Ortho - R knee\nR knee steroid injection 10/14/2025, relief for 2 weeks only."
    assert _hya3("3 weekly IA injections", _note("n1", "2026-01-19", visit)) == "met"
