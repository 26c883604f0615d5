"""A certifying physician's signature given as "<name> MD signed <date>" on the line that closes
an agency therapist's evaluation and plan of care is the practitioner's (blind wave 48,
GB/home-health-03): read as no signature, the only plan review on record dropped out, and the
60-day review item took the request for a first one ("none found yet") instead of a review long
overdue."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.signers import credentials

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Physician: Aurelio Banks DO signed 02/11/2026", {"DO"}),
        ("Plan reviewed. Kim Osei NP e-signed on 3/4/26", {"NP"}),
        ("Home PT signed up for aquatics 3/4", set()),
    ],
)
def test_a_credential_followed_by_the_day_signed_is_a_signature(
    text: str, expected: set[str]
) -> None:
    assert credentials(text) == expected


def _review(sign_line: str) -> str:
    plan = (
        "HOME HEALTH OT EVALUATION + PLAN OF CARE\n"
        "SOC 10/05/2026 - cert period 10/05/2026 through 12/03/2026\n"
        "OT 2w4, 1w4 for ADL retraining, tub transfers. Goals: independent UB dressing.\n"
        f"{sign_line}"
    )
    visit = "OT visit 11/02/2026: tub transfer CGA. Continue POC. L. Abara OTR/L"
    by_ot = {"author": [{"reference": "Practitioner/ot"}]}
    titled = {**by_ot, "type": {"text": "OT Evaluation / Plan of Care"}}
    notes = [
        _note("n1", "2026-10-05", plan, extra=titled),
        _note("n2", "2026-11-02", visit, extra=by_ot),
    ]
    therapist = {"resourceType": "Practitioner", "id": "ot",
                 "name": [{"family": "Abara", "given": ["Lina"], "suffix": ["OTR/L"]}]}  # fmt: skip
    order = {"authoredOn": "2027-01-04", "occurrenceDateTime": "2027-01-06"}
    bundle = record("G0152", *notes, therapist, reason="Z47.1", order=order)
    return status(bundle, "HHC-006", as_of=dt.date(2027, 1, 5))["status"]


def test_a_plan_signed_by_the_physician_long_ago_is_a_review_overdue() -> None:
    assert _review("Certifying physician: Nadia Roux MD signed 10/07/2026") == "missing"
