"""Session s64-b: the facet LCD's "axial pain present at least 3 months" is three calendar
months, not 84 days (ID/psi-03: axial LBP since 12/22/25, checked 3/18/26 before a medial branch
block on 3/20; the reviewer: 86 days, less than 3 months). IPN-005 read the Condition's onset, and
the note's "since 12/22/25" (84 days on its own day), against 84 days and called it met. A dated
onset now counts in calendar months to the anchor (the Condition) or to its note's day (a note);
a length the note states counts as payers read it, twelve weeks being three months."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from smartapp.checklists.symptom_months import lasted_months, onset_months_old
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

AS_OF = date(2026, 3, 18)


def _spondylosis(onset: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M47.816"}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "onsetDateTime": onset,
    }


def _ipn005(*resources: dict) -> str:
    order = {"authoredOn": "2026-03-16", "occurrenceDateTime": "2026-03-20"}
    bundle = record("64493", *resources, reason="M47.816", order=order)
    report = score_bundle(bundle, as_of=AS_OF)
    return {i["id"]: i for i in report["items"]}["IPN-005"]["status"]


def test_a_problem_begun_86_days_ago_is_not_three_months_old() -> None:
    assert _ipn005(_spondylosis("2025-12-22")) != "met"


def test_a_problem_begun_over_three_calendar_months_ago_is() -> None:
    assert _ipn005(_spondylosis("2025-12-15")) == "met"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("57F axial low back pain since 12/22/25, bilat, no radiation.", "short"),
        ("Axial LBP since mid-December, worse standing.", "short"),
        ("LBP for ~10 weeks, no radiation.", "short"),
        ("A: L4-5 facet arthropathy. R knee pain x 6 months; no back pain.", "short"),
        ("Axial low back pain since 12/10/25, no radiation.", "met"),
        ("LBP since early December, stiff in the AM.", "met"),
        ("S: LBP x 12 wks, no leg sx.", "met"),
        ("Low back pain for 3 months, worse with extension.", "met"),
        ("Chronic axial LBP x4 mo; worse x 2 wks.", "met"),
    ],
)
def test_a_note_states_three_months_of_spine_pain_or_not(text: str, status: str) -> None:
    got = _ipn005(_note("n1", "2026-03-16", text))
    assert (got == "met") == (status == "met"), got


def test_months_are_calendar_months() -> None:
    assert onset_months_old(date(2025, 12, 18), AS_OF, 3)
    assert not onset_months_old(date(2025, 12, 19), AS_OF, 3)
    assert not onset_months_old(None, AS_OF, 3)
    stated = SimpleNamespace(duration_days=90, when=None)  # "x 3 months" on 8/31: three
    assert lasted_months(stated, date(2026, 8, 31), 3)
    dated = SimpleNamespace(duration_days=90, when=date(2026, 6, 2))  # since 6/2: not yet
    assert not lasted_months(dated, date(2026, 8, 31), 3)
    assert not lasted_months(SimpleNamespace(duration_days=None, when=None), AS_OF, 3)
