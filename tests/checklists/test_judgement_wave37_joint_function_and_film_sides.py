"""Blind wave 37 (EJ): a joint's function read from the right text, and a film's side from its
title.

- A study's title fixes its side (evidence/study_sides.py): "XR Shoulder Left" whose report
  adds "right shoulder not imaged" is no film of the right shoulder (EJ/tsa-02).
- A section header's "(from <date>)" remark marks the section as carried forward from that date
  (notes/copied.py): a 2024 HPI in a 2026 note is 2024's limitation (EJ/tha-02).
- A copy marker naming only a month dates its text to that month's last day, so a November note
  copied into May stays inside a 180-day window (EJ/hya-02).
- A shoulder's limits in plain words: combing or brushing hair, putting on a coat, work given up
  for the joint (notes/targets.yaml; EJ/tsa-03).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.evidence.study_sides import title_sides
from smartapp.notes.copied import copied_spans
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_AS_OF = date(2026, 5, 20)
_CPT = "http://www.ama-assn.org/go/cpt"
_RIGHT_TSA = {"bodySite": [{"text": "Right shoulder"}]}


def _film(ident: str, day: str, title: str, conclusion: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": ident,
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": _CPT, "code": "73030", "display": title}], "text": title},
        "effectiveDateTime": day,
        "conclusion": conclusion,
    }


def _tsa_films(*films: dict) -> str:
    bundle = record("23472", *films, reason="M19.011", order=_RIGHT_TSA)
    return status(bundle, "TSA-001", as_of=_AS_OF)["status"]


def test_a_film_titled_left_is_not_the_right_shoulders() -> None:
    left = _film(
        "x1", "2026-04-02", "XR Shoulder Left",
        "Left reverse arthroplasty well seated; the right shoulder not assessed.",
    )  # fmt: skip
    assert _tsa_films(left) != "met"


def test_a_film_titled_right_counts_whatever_it_compares() -> None:
    right = _film(
        "x1", "2026-04-02", "XR Shoulder Right",
        "Advanced right glenohumeral osteoarthritis; left arthroplasty for comparison.",
    )  # fmt: skip
    assert _tsa_films(right) == "met"


def test_title_sides_drops_only_the_other_side_of_the_titled_region() -> None:
    whole = frozenset({"shoulder", "shoulder:left", "shoulder:right", "glenohumeral:right", "knee"})
    assert title_sides(frozenset({"shoulder", "shoulder:left"}), whole) == frozenset(
        {"shoulder", "shoulder:left", "knee"}
    )
    assert title_sides(frozenset({"shoulder"}), whole) == whole  # no side in the title
    both = frozenset({"shoulder", "shoulder:bilateral"})
    assert title_sides(both, whole) == whole | both


def _spans(text: str, written: date) -> list[tuple[str, date]]:
    return [
        (text[s.start : s.end].strip(), s.written) for s in copied_spans(text, written)
    ]  # fmt: skip


def test_a_headers_from_remark_marks_a_carried_forward_section() -> None:
    text = "HPI (from 03/2024): cannot walk past the mailbox.\nToday: hikes 3 miles."
    assert _spans(text, date(2026, 6, 1)) == [
        ("HPI (from 03/2024): cannot walk past the mailbox.", date(2024, 3, 31))
    ]


@pytest.mark.parametrize(
    "text",
    ["Pain: hip pain (from 2019) worse with stairs.", "Referred from 3/2024 ED visit for pain."],
)
def test_from_outside_a_headers_remark_copies_nothing(text: str) -> None:
    assert _spans(text, date(2026, 6, 1)) == []


def test_a_month_only_copy_marker_is_read_at_the_months_end() -> None:
    text = "HPI (copied from 11/2025): uses a cane.\nInterval: worse."
    assert _spans(text, date(2026, 5, 1))[0][1] == date(2025, 11, 30)
    dated = "HPI (copied from 11/03/2025): uses a cane.\nInterval: worse."
    assert _spans(dated, date(2026, 5, 1))[0][1] == date(2025, 11, 3)


def _tha3(text: str) -> str:
    bundle = record("27130", _note("n1", "2026-09-28", text), reason="M16.12")
    return status(bundle, "THA-003", as_of=date(2026, 10, 2))["status"]


def test_a_two_year_old_hpi_is_not_todays_hip_function() -> None:
    old = "HPI (from 03/2024): cannot walk more than a block, HOOS JR 40.\n"
    today = "Interval: walks 2 miles daily, gait normal, no assistive device."
    assert _tha3(old + today) != "met"
    assert _tha3("HPI: cannot walk more than a block, HOOS JR 40.\n" + today) == "met"


def _concepts(text: str) -> set[str]:
    findings = find_findings([NoteInput("D/1", text, date(2026, 2, 5))])
    return {f.concept for f in findings if f.category == "functional-deficits" and f.asserted}


def test_a_shoulders_limits_in_plain_words() -> None:
    text = "Unable to lift her arm to brush her hair or put on a coat; had to quit her job."
    found = _concepts(text)
    assert {"reaching-limitation", "adl-limitation", "work-limitation"} <= found


def test_a_drug_that_stopped_working_is_no_work_limit() -> None:
    assert "work-limitation" not in _concepts("Ibuprofen stopped working after a month.")
