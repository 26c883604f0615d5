"""Injections and series told in notes, found by blind wave 33 (DT/hya-01, DT/hya-02).

- A note labelled RTF that holds no RTF markup is plain text: read as RTF its lines ran together,
  so "steroid shot in the hip (IM) ... last summer" joined the next line's knee exam and counted
  as the knee's intra-articular steroid (HYA-003).
- A problem-list entry's remark after its dash is the problem's: "L shoulder impingement - s/p
  steroid inj 9/2025" is the shoulder's injection, not one of every region.
- A date a study names is the study's: "R knee OA (XR 8/14/25), good response to prior HA series"
  dates the film, not the series, which is no series given inside the six months before a repeat
  (HYA-006). A series written with its own date keeps it.
"""

from __future__ import annotations

import datetime as dt

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.renditions import rtf_to_text

from .test_judgement import _note, record, status
from .test_judgement_wave14_prior_series import _injection

_ORDER = {"authoredOn": "2026-01-20", "occurrenceDateTime": "2026-02-02"}
_AS_OF = dt.date(2026, 1, 22)


def _hya(item: str, *resources: dict, reason: str = "M17.12") -> str:
    bundle = record("J7325", *resources, reason=reason, order=_ORDER)
    return status(bundle, item, as_of=_AS_OF)["status"]


def test_rtf_without_markup_keeps_its_lines() -> None:
    assert rtf_to_text("Line one ends here.\nLine two") == "Line one ends here.\nLine two"
    assert rtf_to_text(r"{\rtf1\ansi First\par Second}") == "First\nSecond"


HIP_SHOT = (
    "Ortho visit 01/19/2026\n"
    "HPI: L knee pain over a year; topical NSAID, home exercises.\n"
    "Got an IM steroid shot in the buttock/hip for a rash last summer.\n"
    "Exam: L knee crepitus, no effusion.\n"
    "Plan: hyaluronan L knee x1."
)


def test_a_hip_shot_on_the_line_before_the_knee_exam_is_no_knee_injection() -> None:
    assert _hya("HYA-003", _note("n1", "2026-01-19", HIP_SHOT, kind="text/rtf")) == "missing"


def test_a_problem_lists_remark_is_its_problems() -> None:
    hip = "Problem list: L knee OA; R hip bursitis - s/p steroid inj 10/2025 (helped)\n"
    knee = "Problem list: L knee OA - s/p steroid inj 10/2025 (helped)\n"
    assert _hya("HYA-003", _note("n1", "2026-01-19", hip + HIP_SHOT)) == "missing"
    assert _hya("HYA-003", _note("n1", "2026-01-19", knee + HIP_SHOT)) == "met"


def _series_dates(text: str) -> list[dt.date | None]:
    note = NoteInput("DocumentReference/n1", text, dt.date(2025, 11, 20))
    return [f.when for f in find_findings([note]) if f.concept == "viscosupplementation"]


def test_a_studys_date_does_not_date_the_series_beside_it() -> None:
    told = "A: R knee OA grade 3 (XR 8/14/25), good response to prior HA series lasting 5 months."
    assert _series_dates(told) == [None]
    assert _series_dates("A: R knee OA, Euflexxa series R knee 8/14/25 helped.") == [
        dt.date(2025, 8, 14)
    ]


def _shot(ident: str, when: str) -> dict:
    return _injection(ident, when, f"Hyaluronan injection R knee ({ident}, Euflexxa)")


def test_a_repeat_series_is_not_dated_by_the_film_in_its_assessment() -> None:
    shots = [_shot(f"s{i}", d) for i, d in enumerate(("2025-05-06", "2025-05-13", "2025-05-20"))]
    note = _note(
        "n1", "2025-11-20",
        "S: s/p Euflexxa series R knee 5/6, 5/13, 5/20/2025, 60% better through October.\n"
        "A: R knee OA KL3 (XR 8/14/25), good response to prior HA series lasting ~5 mo.",
    )  # fmt: skip
    assert _hya("HYA-006", *shots, note, reason="M17.11") == "met"
