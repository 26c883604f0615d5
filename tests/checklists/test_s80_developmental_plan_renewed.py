"""A developmental child's plan renewed at a re-evaluation within six months (brief s80-poc).

MQ/speech-01 (blind wave 92): a 5-year-old with F80.2 evaluated 12/8/25 ("Goals (6 months): ...
Frequency/duration: 1x/wk 45 min x 24 weeks"), re-evaluated 3/16/26, 91 days before the check
("Goal 1: 2-step directions 60% (baseline 20%) - progressing ... Recommend transition to group tx
for peer interaction 1x/wk x 24 wks. Updated goals same targets."). SLP-004 called the plan
partial: the goals were 189 days old, the re-evaluation that carries them a day past the 90-day
window and 98 days after them. Developmental therapy (a child under 7) is re-evaluated every six
months (SLP-005, OAC 5160-8-32), so its re-evaluation up to six months old whose own rate and
weeks still run renews the evaluation's goals (renewed_within, renewed_plans.py). Near misses: the
same record for a 9-year-old (rehabilitative: 90 days), a re-evaluation whose weeks ended, one
older than six months, and a re-evaluation that only points at the plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_EVAL = (
    "SPEECH-LANGUAGE INITIAL EVALUATION\nInformant: mother. Uses 2-3 word phrases.\n"
    "PLS-5: Total SS 68.\nPlan of care: individual then group tx. Goals (6 months): 1) follow "
    "2-step directions 80% accuracy; 2) produce 4-word utterances 70% in play.\n"
    "Frequency/duration: 1x/wk 45 min x 24 weeks.\nSigned: A. Pruett CCC-SLP 12/8/25"
)
_REEVAL = (
    "SLP RE-EVALUATION / PROGRESS REPORT (12 visits since 12/8)\nCELF Preschool-3: Core 74.\n"
    "Goal 1: 2-step directions 60% (baseline 20%) - progressing. Goal 2: 4-word utterances 45% "
    "(baseline 5%) - progressing.\n{plan}"
)
_AS_OF = date(2026, 6, 15)


def _plan(plan: str, *, born: str = "2021-02-01", reeval_day: str = "2026-03-16",
          eval_day: str = "2025-12-08") -> str:  # fmt: skip
    condition = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F80.2"}]},
        "recordedDate": "2023-01-01",
    }
    bundle = record(
        "92508", _note("e1", eval_day, _EVAL), _note("e2", reeval_day, _REEVAL.format(plan=plan)),
        condition, reason="F80.2",
        order={"authoredOn": "2026-06-15", "occurrenceDateTime": "2026-06-22",
               "note": [{"text": "Group speech-language tx 1x/week x 24 weeks (24 visits)."}],
               "quantityQuantity": {"value": 24, "unit": "visits"}},
    )  # fmt: skip
    bundle["entry"][0]["resource"]["birthDate"] = born
    return status(bundle, "SLP-004", service="92508", as_of=_AS_OF)["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "Recommend transition to group tx for peer interaction 1x/wk x 24 wks. Updated goals "
        "same targets.",
        "Continue individual tx 1x/wk x 24 weeks, same goals.",
        "Recommend group language tx 2x/wk x 26 wks; goals unchanged.",
    ],
)
def test_a_developmental_re_evaluation_within_six_months_renews_the_goals(plan: str) -> None:
    assert _plan(plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Recommend transition to group tx for peer interaction 1x/wk x 24 wks. Updated goals "
        "same targets.",
        "Continue individual tx 1x/wk x 24 weeks, same goals.",
    ],
)
def test_the_same_record_for_a_9_year_old_keeps_the_90_day_reach(plan: str) -> None:
    assert _plan(plan, born="2017-02-01") != "met"


@pytest.mark.parametrize(
    "plan",
    [
        # Its own weeks ended on 5/11, before the check.
        "Recommend group tx 1x/wk x 8 wks. Updated goals same targets.",
        # A pointer at the plan sets no rate and weeks of its own.
        "Continue per POC.",
        # An updated plan sent for a signature still to come certifies nothing yet.
        "Recommend group tx 1x/wk x 24 wks. Updated POC sent to Dr. Carrington for signature.",
    ],
)
def test_a_re_evaluation_whose_weeks_ended_or_that_sets_no_plan_renews_nothing(
    plan: str,
) -> None:
    assert _plan(plan) != "met"


def test_a_re_evaluation_older_than_six_months_renews_nothing() -> None:
    # Re-evaluated 11/20/25 (207 days before the check) with 36 weeks that still run.
    plan = "Recommend group tx 1x/wk x 36 wks. Updated goals same targets."
    assert _plan(plan, reeval_day="2025-11-20", eval_day="2025-09-01") != "met"
