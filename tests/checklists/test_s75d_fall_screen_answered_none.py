"""A fall screen or field answered zero or no finds no fall, and a relative's falls are not the
patient's (brief s75-d, blind wave 88, LZ/walker-03): a rooming intake's "Fall risk screen -
falls past 12 mo: 0; afraid of falling: no; uses device: no. Score 0 (low risk)." met WLK-002 (a
mobility limitation a walker resolves, NCD 280.3) from the screen's name "Fall risk", for a woman
with a steady gait and TUG 9.8 s who wanted a walker for the state fair.

The screen's name heading its own fields is the questions, and each field is read on its own;
so are a one-letter answer ("Fall in past year? N") and a count field with more words ("Number of
falls in past 12 months: 0"). Near misses stay met: "falls past 12 mo: 2", "Fall risk screen
positive - 3 falls", "fell twice", a screen whose fields found falls, "Fall risk: high".
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _wlk002(line: str) -> str:
    text = (
        "WELLNESS VISIT. 68F, R knee aches after a long walk.\n"
        f"{line}\n"
        "Exam: gait steady, no assistive device. TUG 9.8 s.\n"
        "A/P: knee OA, mild. Walker ordered per pt request for distance."
    )
    bundle = record("E0143", _note("n1", "2026-02-20", text), reason="M17.11")
    return status(bundle, "WLK-002")["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Rooming: Fall risk screen - falls past 12 mo: 0; afraid of falling: no; uses device: no. "
        "Score 0 (low risk).",
        "Fall risk screen - falls past 12 mo: 0",
        "Fall risk screen (STEADI) - falls: 0, afraid of falling: N, unsteady: N",
        "Fall risk: falls past 12 mo: 0; uses device: no.",
        "Fall screen - # falls past yr: 0",
        "Falls past 12 mo: 0",
        "Falls: none",
        "# falls: 0",
        "# of falls: 0",
        "Number of falls in past 12 months: 0",
        "Fall risk: low",
        "Fall in past year? N",
        "Falls in past year? N",
        "Any falls in past 12 months? N",
        "Denies falls.",
        "Falls past 12 mo: 0 (husband has fallen)",
        "Here w/ husband who had 3 falls this spring (he's seeing neuro). Denies falls.",
        "Husband fell twice this spring.",
        "Her husband has had several falls.",
        "Falls: none. Husband has fallen twice.",
    ],
)
def test_a_screen_answered_none_or_a_relative_s_falls_find_no_limitation(line: str) -> None:
    assert _wlk002(line) == "missing", line


@pytest.mark.parametrize(
    "line",
    [
        "Falls past 12 mo: 2",
        "Fall risk screen positive - 3 falls",
        "She fell twice last month.",
        "Fall risk screen - falls past 12 mo: 2; afraid of falling: yes",
        "Fall risk screen (STEADI) - # falls past yr: 2; afraid of falling: yes",
        "Fall risk screen: 2 falls in past 6 mo",
        "Fall in past year? Y",
        "Falls in past year? Yes - 2, one at home",
        "Any falls? Y - 2 at home",
        "Fall risk: high",
        "# falls: 3",
        "Falls past 12 mo: 0; unsteady gait, holds furniture at home.",
        "Husband fell twice this spring; pt has fallen once at home.",
        "Husband reports she fell twice at home.",
    ],
)
def test_falls_counted_or_a_screen_that_found_them_still_count(line: str) -> None:
    assert _wlk002(line) == "met", line


def test_the_wave_88_record_finds_no_limitation() -> None:
    visit = _note(
        "n1", "2026-05-27",
        "S: 68F R knee OA. Here w/ husband who had 3 falls this spring (he's seeing neuro). "
        "She asks for a walker for long trips. Knee aches after >1 mile. Denies falls, denies "
        "buckling. Manages stairs at home with rail.\n"
        "O: Gait non-antalgic, no device. TUG 9.8 s.\nP: Walker order per pt request for distance.",
    )  # fmt: skip
    intake = _note(
        "intake", "2026-05-27",
        "Rooming: Fall risk screen - falls past 12 mo: 0; afraid of falling: no; uses device: no. "
        "Score 0 (low risk).",
    )  # fmt: skip
    bundle = record("E0143", visit, intake, reason="M17.11")
    assert status(bundle, "WLK-002", as_of=date(2026, 6, 9))["status"] == "missing"
