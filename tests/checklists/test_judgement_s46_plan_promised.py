"""A plan of care only promised is no plan of care (HHC-004; the s46 session's probes).

A certifying practitioner's visit note that says the plan is still to come ("Will go over the
plan of care with the agency", "POC to be certified after the start-of-care visit") states no
disciplines, frequency or goals and carries no signature on a plan (42 CFR 409.43). Beside an
agency nurse's visit note that gives its own frequency, it was read as the signed plan. A real
plan, a 485-style list of disciplines with their frequencies, signed, still meets the item.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.not_a_plan import promises_plan

from .test_judgement import _note, record, status

_VISIT = (
    "Hospital follow-up, COPD exacerbation. On 2 L O2, short of breath after 15 ft; needs a "
    "nurse for inhaler technique and O2 safety teaching. Homebound. "
)
_AGENCY_NOTE = _note(
    "rn",
    "2026-03-04",
    "Start of care visit. Inhaler teaching begun. SN 2x/wk x 4 wks.",
    extra={"author": [{"display": "Lakeside Home Care RN"}]},
)


def _hhc_004(practitioner_text: str) -> str:
    order = {"authoredOn": "2026-03-03", "occurrenceDateTime": "2026-03-09",
             "note": [{"text": "SN 8 visits"}]}  # fmt: skip
    visit = _note("md", "2026-03-03", _VISIT + practitioner_text)
    bundle = record("G0299", visit, _AGENCY_NOTE, reason="J44.1", order=order)
    return status(bundle, "HHC-004", as_of=date(2026, 3, 5))["status"]


@pytest.mark.parametrize(
    "promise",
    [
        "Will go over the plan of care with the agency.",
        "POC to be certified after the start-of-care visit.",
        "I plan to review the POC with Lakeside once they send it.",
    ],
)
def test_a_plan_promised_beside_the_agency_frequency_is_no_plan(promise):
    assert _hhc_004(promise) != "met"


def test_a_signed_plan_with_disciplines_and_frequencies_still_meets():
    plan = (
        "Plan of care: SN 2x/wk x 4 wks (inhalers, O2 safety), PT 1x/wk x 4 wks (endurance). "
        "Goals: correct inhaler use, walk 100 ft on O2. Plan of care certified and signed by me "
        "3/03/26."
    )
    assert _hhc_004(plan) == "met"


@pytest.mark.parametrize(
    "statement, promised",
    [
        ("Plan of care to follow.", True),
        ("Awaiting the 485 from the agency.", True),
        ("POC: pending start of care.", True),
        ("Will review POC: SN 2x/wk x 4 wks.", False),  # a frequency: the plan is written
        ("POC reviewed and signed 3/03/26.", False),
        ("Plan of care certified 3/09-5/07; will review with agency at recert.", False),
    ],
)
def test_what_counts_as_a_promise(statement, promised):
    assert promises_plan(statement) is promised
