"""PT-007 gives developmental therapy for a child under 7 six months between re-evaluations, as
its source does (OAC 5160-8-32: rehabilitative therapy 60 days, developmental services six
months; developmental therapy is a child's from birth through six, OAC 5101:3-34-01.1(C)).
The same delay at 7 or older, an unknown age, or an ordinary injury keeps 60 days (brief s68-l).
"""

from __future__ import annotations

import pytest

from .test_judgement import status
from .test_s68l_developmental_needs_the_age import _bundle as _speech_bundle

_REEVAL = (
    "Occupational Therapy Re-Evaluation\nBOT-2 fine motor SS 31, Beery VMI SS 78.\n"
    "Goals (6 mo): cut along a line within 1/4 in. Plan: OT 1x/wk 45 min."
)


def _bundle(born: str | None, reason: str, text: str = _REEVAL):
    # The speech test's record (re-evaluated 11/20/25, 101 days before 3/1/26), ordered as OT.
    return _speech_bundle(born, reason, text, service="97530")


@pytest.mark.parametrize("reason", ["F82", "F88", "R62.0", "R62.50", "F80.2"])
def test_a_developmental_delay_under_7_has_six_months(reason: str) -> None:
    assert status(_bundle("2021-04-02", reason), "PT-007")["status"] == "met"


@pytest.mark.parametrize(
    "said", ["Hx: global developmental delay.", "Not meeting developmental milestones."]
)
def test_a_delay_in_the_note_s_words_under_7_has_six_months(said: str) -> None:
    bundle = _bundle("2021-04-02", "M62.81", f"{said}\n{_REEVAL}")
    assert status(bundle, "PT-007")["status"] == "met"


@pytest.mark.parametrize("born", ["2016-05-30", "2019-03-01", "1990-07-04", None])
def test_the_same_delay_at_7_or_older_or_of_unknown_age_keeps_60_days(born: str | None) -> None:
    assert status(_bundle(born, "F82"), "PT-007")["status"] != "met"


@pytest.mark.parametrize("reason", ["S83.511A", "M17.11", "M62.81"])
def test_a_child_under_7_in_rehabilitative_therapy_keeps_60_days(reason: str) -> None:
    assert status(_bundle("2021-04-02", reason), "PT-007")["status"] != "met"
