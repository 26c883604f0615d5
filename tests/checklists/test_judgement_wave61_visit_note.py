"""A visit charted only as its note is the visit (CGM-002), found by blind wave 61 (HV/cgm-03):
the ordering physician's note typed "Office visit", dated the order's day ("DM2 f/u, feels
well"), with no Encounter beside it, was read as no face-to-face visit. The note counts as an
Encounter so typed would: by the requester, in the six months before the order, a visit or
follow-up by its type, never a telephone, portal, nurse or education contact, nor a note filed
under an Encounter (which dates the visit) or a late entry for an earlier day."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 3, 1)
TEXT = "S: T2DM recheck, sugars 140s-260s. Meds reviewed. A1c 8.6. P: CGM ordered."


def _face_to_face(title: str, day: str = "2026-02-25", author: str = "dr", **extra) -> str:
    note = _note(
        "v1", day, TEXT,
        extra={
            "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3"}], "text": title},
            "author": [{"reference": f"Practitioner/{author}"}],
            **extra,
        },
    )  # fmt: skip
    other = {"resourceType": "Practitioner", "id": "rn2"}
    bundle = record("E2103", other, note, reason="E11.65", order_type="DeviceRequest")
    return status(bundle, "CGM-002", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Office visit", "2026-02-25"),  # the order's own day
        ("Diabetes follow-up", "2025-12-10"),
        ("Endo video visit", "2026-01-15"),
        ("Clinic Visit - T2DM", "2025-09-02"),
        ("Endocrinology consult", "2025-10-20"),
        ("PCP DM f/u", "2026-02-02"),
    ],
)
def test_the_requesters_visit_note_is_the_visit(title: str, day: str) -> None:
    assert _face_to_face(title, day) == "met"


@pytest.mark.parametrize(
    ("title", "day", "author"),
    [
        ("Telephone visit", "2026-02-20", "dr"),
        ("Patient portal message", "2026-02-20", "dr"),
        ("Nurse visit", "2026-02-20", "dr"),
        ("Diabetes education visit", "2026-02-20", "dr"),
        ("Office visit", "2026-02-20", "rn2"),  # another practitioner's
        ("Office visit", "2025-08-10", "dr"),  # over six months before the order
    ],
)
def test_other_contacts_are_no_visit(title: str, day: str, author: str) -> None:
    assert _face_to_face(title, day, author) != "met"


def test_a_note_filed_under_an_older_encounter_is_dated_by_it() -> None:
    filed = {"context": {"encounter": [{"reference": "Encounter/e-old"}]}}
    assert _face_to_face("Office visit", "2026-01-05", **filed) != "met"


def test_a_late_entry_for_an_older_visit_is_no_visit_of_its_day() -> None:
    note = _note(
        "v1", "2026-01-05", "LATE ENTRY for visit of 07/10/2025. T2DM, A1c 9.1. Start glargine.",
        extra={"type": {"text": "Office visit"}},
    )  # fmt: skip
    bundle = record("E2103", note, reason="E11.65", order_type="DeviceRequest")
    assert status(bundle, "CGM-002", as_of=AS_OF)["status"] != "met"
