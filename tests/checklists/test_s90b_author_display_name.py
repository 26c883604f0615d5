"""A note whose author is sent only as display text is the ordering practitioner's when the text
names them (author_names.py; blind wave 108, OR/cgm-01, OR/sleep-studies-03 and nine more: the
ordering physician's own visit note, author "Hollis Marchetti, MD (Peds Endo)", read as no visit
with the requester, ``Practitioner/pr1`` named {family, given, suffix}). Another person of the same
family name, a service, or a display beside a reference to someone else is not the requester,
and the requester's telephone note is still no face-to-face visit.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-08-03", "occurrenceDateTime": "2026-08-21"}
_ITEMS = [("E1390", "OXY-002", "J44.9"), ("E0260", "BED-002", "G12.21")]
_HELD = "Pulmonary f/u. Seen in person today. Dyspnea on exertion, weak; ordering as below."
_NAME = {"family": "Ashdown", "given": ["Corwin"], "suffix": ["MD"]}


def _status(code: str, item: str, reason: str, text: str, author: dict) -> str:
    note = {**_note("n1", "2026-07-28", text), "author": [author]}
    bundle = record(code, note, order=_ORDER, reason=reason, order_type="DeviceRequest")
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Practitioner":
            entry["resource"]["name"] = [_NAME]
    report = score_bundle(bundle, as_of=date(2026, 8, 4))
    return {i["id"]: i for i in report["items"]}[item]["status"]


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
@pytest.mark.parametrize(
    "display",
    [
        "Corwin Ashdown, MD (Pulm)",
        "Corwin Ashdown, MD",
        "Ashdown, Corwin MD",
        "C. Ashdown MD [Pulmonology]",
        "Dr. Ashdown",
    ],
)
def test_the_requester_named_only_by_display_wrote_the_visit(
    code: str, item: str, reason: str, display: str
) -> None:
    assert _status(code, item, reason, _HELD, {"display": display}) == "met"


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
@pytest.mark.parametrize(
    "author",
    [
        {"display": "Gail Ashdown, RN"},
        {"display": "Gail Ferris, RN CDCES"},
        {"display": "Hospitalist service"},
        {"display": "Ashdown Clinic front desk"},
        {"reference": "Practitioner/other", "display": "Corwin Ashdown, MD"},
    ],
)
def test_another_author_is_not_the_requester(
    code: str, item: str, reason: str, author: dict
) -> None:
    assert _status(code, item, reason, _HELD, author) != "met"


@pytest.mark.parametrize(("code", "item", "reason"), _ITEMS)
def test_the_requesters_phone_note_is_still_no_visit(code: str, item: str, reason: str) -> None:
    phone = "Phone f/u with pt. Dyspnea on exertion, weak; ordering as below. Next visit 9/1."
    author = {"display": "Corwin Ashdown, MD (Pulm)"}
    assert _status(code, item, reason, phone, author) != "met"


@pytest.mark.parametrize(
    ("author", "met"),
    [
        ({"display": "Corwin Ashdown, MD (Peds Endo)"}, True),
        ({"display": "Gail Ferris, RN CDCES"}, False),
    ],
)
def test_the_cgm_visit_by_video_of_the_requester_named_by_display(author: dict, met: bool) -> None:
    text = (
        "Peds Endocrine - VIDEO VISIT (audio+video, mom and pt at home)\n"
        "T1DM on Omnipod, fingersticks 8-10/day, two lows in the 40s overnight. A1c 9.1."
    )
    note = {**_note("n1", "2026-07-28", text), "author": [author]}
    bundle = record("E2103", note, order=_ORDER, reason="E10.65", order_type="DeviceRequest")
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Practitioner":
            entry["resource"]["name"] = [_NAME]
    items = {i["id"]: i for i in score_bundle(bundle, as_of=date(2026, 8, 4))["items"]}
    assert (items["CGM-002"]["status"] == "met") is met
