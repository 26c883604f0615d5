"""A series named by its season or month, beside a statement that dates it to the day, is that
series (brief s82-series; blind wave 97, NK/hya-02: "Problem List: R knee OA - s/p HA series
spring 2026" with the HPI's "Last Hyalgan series (3/10-4/14/26)" before a repeat of 16
November read as a series up to 31 May, inside HYA-006's six months). The vague mention defers
to the exact days its period holds (checklists/same_series.py); alone, or holding no exactly
dated mention, it still counts at its period's end (latest_days.py), and a recent series still
blocks the repeat.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_CARE = "PT 2025 x 12 wks + HEP, meloxicam 15 mg daily. Steroid inj R knee 10/2025 helped 2 mo."


def _hya_006(*texts: str, service: str = "2026-11-16") -> str:
    """HYA-006 for a repeat on ``service``; the last text is the request's note of 6 November,
    each earlier one a note a month before the next."""
    written = date(2026, 11, 6)
    notes = [
        _note(f"n{i}", date(2026, 11 - (len(texts) - 1 - i), 6).isoformat(), text)
        for i, text in enumerate(texts)
    ]
    order = {"authoredOn": written.isoformat(), "occurrenceDateTime": service}
    bundle = record("J7321", *notes, reason="M17.11", order=order)
    return status(bundle, "HYA-006", as_of=written.replace(day=9))["status"]


def _visit(history: str) -> str:
    return f"{history}\n{_CARE}\nA/P: R knee OA. Plan: repeat Hyalgan 20 mg R knee weekly x5."


@pytest.mark.parametrize(
    "history",
    [
        # blind wave 97, NK/hya-02
        "Problem List: R knee OA - s/p HA series spring 2026, s/p steroid inj 10/2025\n"
        "HPI: R knee pain recurring since ~Oct. Last Hyalgan series (3/10-4/14/26) gave ~6 "
        "months 70% relief.",
        "PMH: R knee OA, s/p viscosupplementation spring '26.\n"
        "HPI: Hyalgan R knee weekly x5 3/10/26 - 4/14/26, relief ~6 mo.",
        "Problems: R knee OA (s/p Euflexxa series May 2026).\n"
        "Hx: Euflexxa #1-3 R knee 5/1/26-5/15/26 with good relief until Oct.",
        "R knee OA - had HA injections in the spring of 2026.\n"
        "Last Orthovisc series 3/12/2026 to 4/9/2026, 70% relief x 6 months.",
        "R knee OA - s/p Synvisc series spring 2026; Synvisc #3 of 3 given 5/1/26.",
        # a year holds two series: it defers only to a series told as the last one
        "R knee OA, s/p HA series 2026.\nMost recent Hyalgan series 3/10-4/14/26, helped 6 mo.",
    ],
)
def test_a_vague_mention_of_an_exactly_dated_series_is_that_series(history: str) -> None:
    assert _hya_006(_visit(history)) == "met"


def test_the_exact_days_may_be_in_an_earlier_note() -> None:
    earlier = "Procedure note: Hyalgan R knee #5 of 5 today. Series Hyalgan 3/10/26-4/14/26."
    later = _visit("Problem list: R knee OA - s/p HA series spring 2026.")
    assert _hya_006(earlier, "Phone note: doing well.", later) == "met"


@pytest.mark.parametrize(
    "history",
    [
        # the season alone: its date is not documented, so the six months are not
        "Problem List: R knee OA - s/p HA series spring 2026.",
        # a season wholly inside the six months, whatever was dated in the spring
        "R knee OA - s/p HA series summer 2026.\nLast Hyalgan series (3/10-4/14/26) helped.",
        # recent series, however told
        "R knee OA. Had a Synvisc series in October, little relief.",
        "R knee OA. Hyalgan #3 given 9/2/26.",
        "R knee OA - s/p HA series spring 2026. Hyalgan #5 given 6/2/26.",
        # a year with an exact series not told as the last one: another may have followed
        "R knee OA, s/p HA series 2026.\nHyalgan series 3/10-4/14/26 helped.",
        # the exact day is one injection's short of the series' end
        "R knee OA - s/p Synvisc series spring 2026. Synvisc #1 given 5/10/26.",
        "R knee OA - s/p Gelsyn series spring 2026; Gelsyn injection 2 of 3 on 5/3/26.",
        # the exact day is another injection's, not a series'
        "R knee OA - s/p HA series spring 2026. Steroid inj R knee 4/2/26.",
    ],
)
def test_a_vague_or_recent_series_without_its_days_still_blocks(history: str) -> None:
    assert _hya_006(_visit(history)) == "missing"


def test_a_series_ended_more_than_six_months_before_still_shows_them() -> None:
    assert _hya_006(_visit("R knee OA. Last Hyalgan series (3/10-4/14/26) helped.")) == "met"


@pytest.mark.parametrize(
    "history",
    [
        "R knee OA - s/p HA series spring 2026.\nL knee: Hyalgan series 3/10-4/14/26, good relief.",
        "R knee OA - s/p HA series spring 2026.\nFHx: mother had Hyalgan series 3/10-4/14/26.",
    ],
)
def test_exact_days_of_another_knee_or_person_do_not_date_this_series(history: str) -> None:
    assert _hya_006(_visit(history)) == "missing"
