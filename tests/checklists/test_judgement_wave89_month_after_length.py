"""HYA-002 reads a course placed by a month after its length (notes/written_dates.py; blind wave
89, ME/hyaluronan-knee-03): "Did PT 4 wks May, then HEP daily June-July, diclofenac since June,
still on it" is May to October, more than three months; four weeks in September alone are not.
"""

from __future__ import annotations

import datetime as dt

from .test_judgement import _note, record, status


def _hyaluronan(text: str) -> str:
    day = "2026-10-28"
    bundle = record("J7326", _note("n1", day, text), reason="M17.11", order={"authoredOn": day})
    return status(bundle, "HYA-002", as_of=dt.date(2026, 11, 3))["status"]


def test_the_statement_s_months_make_the_three_months() -> None:
    text = (
        "Since spring (April) R>L knee pain. Did PT 4 wks May, then HEP daily June-July, "
        "diclofenac 75 BID (oral) since June, still on it; Voltaren gel too."
    )
    assert _hyaluronan(text) == "met"


def test_one_month_of_care_is_still_short() -> None:
    assert _hyaluronan("Did PT 4 wks Sept, no help. Pain persists.") == "partial"
