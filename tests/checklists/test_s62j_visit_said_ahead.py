"""An undated visit its own words put ahead is still to come (probe class, session s62-j).

"To be seen in person next wk." in the ordering practitioner's note read as the face-to-face visit
held (OXY-002, BED-002, SLEEP-004, CGM-002): ConText's "to be seen" overlaps the visit's own words
"seen in person", so it was never applied, and a time ahead written after the visit ("f/u in
person in 1 month") was read by nothing. A gap called met is the worst error: the record looks
ready and the PA is denied for want of the visit. Dated and "scheduled" visits were already to
come (test_judgement_wave25_visit_to_come); a visit held, today, on a past date or "2 wks ago",
still counts.
"""

from __future__ import annotations

import datetime as dt
from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_NOTE_DAY = dt.date(2026, 7, 28)


def _visits(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text, date=_NOTE_DAY)])
    return [f.text for f in found if f.category == "face-to-face" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "To be seen in person next wk.",
        "Will be seen in person next week.",
        "Pt to be seen in clinic in 2 wks",
        "f/u in person in 1 month",
        "Pt will be seen in the office next month.",
        "pt will b seen in person nxt wk",
        "F/U: to be seen in person in ~4 wks after ONO.",
        "Pt should be seen in the office in 1-2 weeks.",
        "Needs to be seen in clinic within 2 weeks.",
        "RTC in person in 2 wks.",
        "F/u in-person visit in 3 mo.",
        "Office visit in 3 months.",
        "Clinic visit next week to review ONO.",
    ],
)
def test_a_visit_its_own_words_put_ahead_is_still_to_come(text: str) -> None:
    assert not _visits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "seen in person today",
        "was seen in person 7/12",
        "Pt seen in clinic, exam below",
        "Seen in person 2 wks ago for dyspnea.",
        "Seen in clinic in follow up, SOB improved.",
        "Pt was seen in person in 7/2026.",
        "Seen in person. Next visit in 3 mo.",
        "Seen in clinic today, return in 2 wks.",
        "Patient seen in person in the pulmonary clinic today.",
    ],
)
def test_a_visit_held_still_counts(text: str) -> None:
    assert _visits(text), text


_ORDER = {"authoredOn": "2026-08-03", "occurrenceDateTime": "2026-08-21"}
_ITEMS = [("E1390", "OXY-002", "J44.9"), ("E0260", "BED-002", "G12.21")]


def _status(code: str, item: str, reason: str, text: str) -> str:
    note = {**_note("n1", "2026-07-28", text), "author": [{"reference": "Practitioner/dr"}]}
    bundle = record(code, note, order=_ORDER, reason=reason, order_type="DeviceRequest")
    report = score_bundle(bundle, as_of=date(2026, 8, 4))
    return {i["id"]: i for i in report["items"]}[item]["status"]


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
def test_the_requesters_visit_to_come_is_no_face_to_face(code: str, item: str, reason: str) -> None:
    ahead = (
        "Pulmonary f/u. Dyspnea on exertion, weak; ordering as below. To be seen in person next wk."
    )
    assert _status(code, item, reason, ahead) != "met"
    held = "Pulmonary f/u. Seen in person today. Dyspnea on exertion, weak; ordering as below."
    assert _status(code, item, reason, held) == "met"
