"""The drugs a visit's plan prescribes beside a therapy it plans, when the record shows the
therapy was had after it: the plan was followed, and its prescriptions began the trial that day.

"A/P: R sciatica. Cyclobenzaprine, meloxicam, PT x 6 wks." of 4/6, then PT coded 4/13-5/22:
the reviewer counts the care from the visit that directed it, 4/6 to 5/22 (blind wave 71,
JI/lumbar-mri-03, brief s68-a; the same record as CU/lmri-03 of wave 29 but for the patient's
"meds not helping", which meds_taken.py reads). A plan whose therapy never followed is no
evidence the drugs did either; nor is a drug only considered, left to need, or one a later note
says was not taken; nor a plan written with the request.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

CPT = "http://www.ama-assn.org/go/cpt"
#: PT coded 1/12-2/20: 39 days, short of six weeks on its own; from a plan of 1/5, 46.
PT = {
    "resourceType": "Procedure",
    "id": "pt",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": CPT, "code": "97110", "display": "Therapeutic exercise"}]},
    "performedPeriod": {"start": "2026-01-12", "end": "2026-02-20"},
}


def _judged(plan: str, *later: dict, day: str = "2026-01-05", pt: dict | None = PT) -> str:
    visit = _note("n1", day, f"S: LBP radiating R leg x 2 wks. O: R SLR +. {plan}")
    resources = [visit, *later] + ([pt] if pt else [])
    return status(record("72148", *resources), "LMRI-003")["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "A/P: R sciatica. Cyclobenzaprine, meloxicam, PT x 6 wks. F/u 6 wks.",
        "Plan: naproxen 500 mg BID, flexeril 10 mg qhs, refer PT 2x/wk x 6 wks.",
        "P:\n- Meloxicam 15 mg daily\n- Cyclobenzaprine 5 mg qhs\n- PT referral",
        "Assessment/Plan: lumbar radiculopathy. Rx meloxicam 15mg qd + PT.",
        "PLAN: mobic 15 daily, PT eval and treat, RTC 6 wks",
    ],
)
def test_a_followed_plan_s_drugs_begin_the_trial_that_day(plan):
    assert _judged(plan) == "met"


def test_a_later_word_that_therapy_was_had_shows_the_plan_followed():
    """No coded PT: the patient's "Finished PT last week" of 2/24 is the therapy had."""
    message = _note("n2", "2026-02-24", 'Portal message: "Finished PT last week, still hurts."')
    assert _judged("A/P: Cyclobenzaprine, meloxicam, PT x 6 wks.", message, pt=None) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: PT referral. Consider meloxicam if no better.",  # only considered
        "Plan: PT 2x/wk x 6 wks. If no better, start naproxen.",  # conditional
        "Plan: PT x 6 wks; ibuprofen OTC prn.",  # left to need
        "Plan: PT x 6 wks. FHx: father on meloxicam.",  # not the patient's
        "P: Referral to PT. Trial NSAID if tolerated. F/u 3 mo.",  # a class, no drug chosen
    ],
)
def test_a_drug_not_prescribed_begins_nothing(plan):
    assert _judged(plan) != "met"


def test_a_drug_a_later_note_says_was_not_taken_begins_nothing():
    later = _note("n2", "2026-02-02", "Did not take the meloxicam or cyclobenzaprine, GI upset.")
    assert _judged("A/P: Cyclobenzaprine, meloxicam, PT x 6 wks.", later) != "met"


def test_a_drug_a_later_note_says_was_hardly_taken_begins_nothing():
    """Blind wave 58, HJ/shoulder-02's words: "upset stomach so hasn't really taken it"."""
    later = _note("n2", "2026-02-02", "Naproxen upset stomach so hasn't really taken it.")
    assert _judged("Plan: naproxen 500 mg BID, PT 2x/wk x 6 wks.", later) != "met"


def test_a_plan_whose_therapy_never_followed_begins_nothing():
    """No therapy had after the plan: nothing says the plan was followed."""
    assert _judged("A/P: Cyclobenzaprine, meloxicam, PT x 6 wks.", pt=None) != "met"


def test_a_plan_written_with_the_request_is_no_earlier_trial():
    """The plan of the request's day (2/25), beside PT already had: begun with the request."""
    assert _judged("A/P: Cyclobenzaprine, meloxicam, PT x 6 wks.", day="2026-02-25") != "met"
