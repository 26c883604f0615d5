"""A test done before a drug, to clear the patient for it, is not the drug (blind wave 29,
DC/inf-02): "TB: QFT negative 3/30/2025 (pre-MTX screen at PCP)" began a methotrexate course on
3/30/2025, nine months before the drug was first ordered, and made 12 weeks of one conventional
agent out of about six. A drug named as what a screen or workup is for ("pre-MTX screen",
"pre-biologic labs", "hepatitis panel prior to starting azathioprine", "TB screening before
MTX") names no course of it. The drug taken ("on MTX since 3/30/2025", "MTX labs OK") still
counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.not_evidence import screened_for

from .test_judgement import ICD10, _note, record, status

_RA = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "M05.79"}]},
    "clinicalStatus": {"coding": [{"code": "active"}]},
}

_LATER = (
    " Methotrexate 15 mg weekly started 1/5/2026, stopped 2/20/2026 for nausea and ALT 3x ULN."
    " Hydroxychloroquine 200 mg BID since 3/1/2026, still active synovitis."
)


def _status(note: dict) -> str:
    bundle = record("J1745", _RA, note, reason="M05.79", order={"authoredOn": "2026-04-15"})
    return status(bundle, "INF-002", as_of=date(2026, 4, 20))["status"]


def _inf002(first: str) -> str:
    note = _note(
        "n1", "2026-04-14", f"RHEUMATOLOGY FOLLOW-UP 4/14/2026\nSeropositive RA. {first}" + _LATER
    )
    return _status(note)


@pytest.mark.parametrize(
    "first",
    [
        "TB: QFT negative 3/30/2025 (pre-MTX screen at PCP).",
        "Hep B/C panel 3/30/2025 negative, pre-methotrexate labs.",
        "QuantiFERON negative 3/30/2025 - screening prior to starting methotrexate.",
        "CXR clear 3/30/2025 (TB screen before MTX).",
    ],
)
def test_a_screen_before_the_drug_is_not_the_drug(first: str) -> None:
    assert _inf002(first) != "met"


def test_the_drug_taken_since_that_date_still_counts() -> None:
    first = "On MTX since 3/30/2025 - 15 mg weekly, labs OK, still active."
    note = _note("n1", "2026-04-14", f"RHEUMATOLOGY FOLLOW-UP 4/14/2026\nSeropositive RA. {first}")
    assert _status(note) == "met"


@pytest.mark.parametrize(
    ("before", "after", "screened"),
    [
        ("TB: QFT negative 3/30/2025 (pre-", " screen at PCP).", True),
        ("CXR clear (TB screen before ", ").", True),
        ("Hep panel prior to starting ", ".", True),
        ("Pain 8/10 pre-", " injection, 2/10 after.", False),
        ("CBC/CMP for ", " monitoring OK.", False),
        ("On ", " since 3/30/2025, labs OK.", False),
    ],
)
def test_what_a_screen_is_for(before: str, after: str, screened: bool) -> None:
    assert screened_for(before, after) is screened
