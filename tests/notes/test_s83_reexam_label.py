"""A note labelled a re-exam at its end or head, that measures again, is the re-exam (wave 98).

NN/chiro-3: the 11/20 chiropractic note "S: pain 3/10 (was 7). O: ODI 24%. flex 60°, Kemp's neg.
A: improving, goals partially met. P: cont 1x/wk x 4 wks then reassess. Re-exam." read as no
re-exam in 30 days (PT-008): the closing label fell in the "P:" section, where every report is
read as still to come (reports_to_come.py). A bare label that ends or heads a note repeating the
re-exam's measures (an outcome score; range of motion with a pain score or a comparison) names
the visit itself (exam_labels.py). A re-exam with a time ahead or a booking, the plan's only item,
one the plan goes on after, and a label closing a daily note that measures nothing again stay
to come.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.exam_labels import measured_again

_NOTE = (
    "S: pain 3/10 (was 7). O: ODI 24%. flex 60°, Kemp's neg. A: improving, goals partially "
    "met. P: cont 1x/wk x 4 wks then reassess. "
)


def _reports(text: str) -> list[bool]:
    """Whether each re-evaluation the note names counts as one held (asserted)."""
    found = find_findings([NoteInput("DocumentReference/r1", text, dt.date(2026, 11, 20))])
    return [f.asserted for f in found if f.concept == "re-evaluation"]


@pytest.mark.parametrize(
    "text",
    [
        _NOTE + "Re-exam.",
        _NOTE + "RE-EXAMINATION",
        _NOTE + "30-day re-exam.",
        _NOTE + "Re-exam visit.\nElectronically signed by Y. Petrakis, DC 11/20/26 14:02",
        "S: LBP 4/10, flex 50° (was 35°). P: CMT 2x/wk x 3 wks. Reexam.",
        "S: neck pain. O: NDI 18% (prev 30%). P: cont 1x/wk. Re-eval.",
        "RE-EXAM\nS: pain 3/10 (was 7). O: ODI 24%. P: cont 1x/wk x 4 wks then reassess.",
    ],
)
def test_a_bare_label_closing_or_heading_a_measuring_note_is_the_re_exam(text: str) -> None:
    found = _reports(text)
    assert any(found), text


@pytest.mark.parametrize(
    "text",
    [
        _NOTE + "Re-exam in 4 wks.",
        _NOTE + "Re-exam scheduled 12/18.",
        _NOTE + "Re-exam next visit.",
        "S: pain 3/10 (was 7). O: ODI 24%. P: Re-exam.",
        "S: pain 3/10 (was 7). O: ODI 24%. P: cont 1x/wk x 4 wks then re-exam.",
        _NOTE + "Re-exam. Cont HEP, ice.",
        # a daily adjustment note measures nothing again: its closing label may be the next step
        "S: sore low back. O: L4-5 fixation. P: CMT 98940. Re-exam.",
        "S: pain 4/10. O: L4-5 fixation, Kemp's +. P: CMT 98940. Re-exam.",
        "Re-exam: due 12/18. S: pain 3/10 (was 7). O: ODI 24%. P: cont 1x/wk.",
    ],
)
def test_a_re_exam_ahead_or_in_a_note_that_measures_nothing_stays_to_come(text: str) -> None:
    found = _reports(text)
    assert found and not found[-1], text


@pytest.mark.parametrize(
    ("text", "again"),
    [
        ("O: ODI 24%.", True),
        ("Oswestry 38 -> 24", True),
        ("flex 60°, pain 3/10", True),
        ("rotation 70 deg (was 50 deg)", True),
        ("pain 4/10, Kemp's +", False),
        ("flex 60°", False),
        ("CMT L3-5, tolerated well", False),
    ],
)
def test_what_a_re_exam_measures_again(text: str, again: bool) -> None:
    assert measured_again(text) is again
