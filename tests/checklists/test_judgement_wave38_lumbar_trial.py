"""Lumbar MRI: when the trial of conservative care ran, and the follow-up exam after it (blind
wave 38 and earlier).

- Care a note places in the past by a time that is no date ("Had PT last year which helped")
  ran then, as late as the time allows, not on the visit's day (past_times.py).
- With no trial dated, a follow-up exam still follows an earlier exam of the episode: the only
  visit's exam is none, unless red flags excuse the trial (sequence._follow_up).
- The pain left after care ("- still leg pain below knee") is felt where a lumbar order's
  symptoms are felt: the care is the back's, while care named for a knee stays the knee's
  (felt_regions.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.past_times import past_period

from .test_judgement import ICD10, _note, record, status

_EXAM = "Exam: paraspinal TTP L4-5, SLR neg bilat, strength 5/5, DTR 2+ sym, sensation intact."


def _items(*notes, as_of=date(2026, 8, 20)):
    bundle = record(
        "72148", *notes, reason="M54.50",
        order={"authoredOn": "2026-08-14", "occurrenceDateTime": "2026-08-28"},
    )  # fmt: skip
    return {i: status(bundle, i, as_of=as_of)["status"] for i in ("LMRI-003", "LMRI-004")}


def test_care_of_last_year_is_no_trial_and_the_only_exam_is_no_follow_up() -> None:
    hpi = (
        "HPI: 50M w/ recurrent LBP since early June 2026 (lifting). Axial. Stretching on his own. "
        "Had PT last year which helped.\n"
    )
    items = _items(_note("n1", "2026-08-14", hpi + _EXAM + "\nA/P: MRI L-spine."))
    assert items == {"LMRI-003": "missing", "LMRI-004": "partial"}


def test_a_second_visit_exam_is_a_follow_up_though_no_trial_counts() -> None:
    first = _note(
        "n1", "2026-06-22",
        "HPI: 50M w/ LBP since early June 2026. Stretching on his own.\n" + _EXAM
        + "\nA/P: PT referral placed. RTC 6 wks.",
    )  # fmt: skip
    second = _note(
        "n2", "2026-08-14",
        "HPI: f/u LBP. Never went to PT (copay). Stretching on his own.\n" + _EXAM
        + "\nA/P: MRI L-spine.",
    )  # fmt: skip
    assert _items(first, second)["LMRI-004"] == "met"


def test_red_flags_excuse_the_trial_and_the_follow_up() -> None:
    text = "HPI: 61F new LBP x 3 wks.\n" + _EXAM + "\nA/P: r/o metastatic disease. MRI L-spine."
    cancer = {
        "resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": ICD10, "code": "Z85.3"}]},
    }  # fmt: skip
    assert _items(_note("n1", "2026-08-14", text), cancer) == {
        "LMRI-003": "not_applicable", "LMRI-004": "met",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("words", "note", "period"),
    [
        ("Had PT last year", date(2026, 8, 12), (date(2025, 1, 1), date(2025, 12, 31))),
        ("did well with PT last fall", date(2026, 2, 1), (date(2025, 9, 1), date(2025, 11, 30))),
        ("did well with PT last fall", date(2026, 12, 5), (date(2026, 9, 1), date(2026, 11, 30))),
        ("chiro 3 years ago", date(2026, 8, 12), (date(2023, 8, 13), date(2023, 8, 12))),
        ("PT this past year", date(2026, 8, 12), None),
        ("PT 2x/wk", date(2026, 8, 12), None),
    ],
)
def test_when_a_past_time_places_care(words, note, period) -> None:
    found = past_period(words, note)
    if period is None or found is None:
        assert found == period
    else:  # "3 years ago": the year up to that day
        assert found[1] == period[1] and (period[0] <= found[0] or found[0].year == 2022)


def _care(hpi: str) -> str:
    first = _note(
        "n1", "2026-01-20",
        "S: 37M LBP radiating to L thigh since 1/14 after lifting.\nO: SLR neg bilat, strength "
        "5/5.\nA/P: lumbar radiculitis. Naproxen 500 BID, PT referral 2x/wk x 6 wks. RTC 6 wks.",
    )  # fmt: skip
    second = _note(
        "n2", "2026-03-25",
        f"S: f/u LBP/L leg pain, now 10 wks. {hpi}\nO: SLR + L at 45 deg, L EHL 4/5.\n"
        "A/P: persistent L5 radiculopathy. MRI L-spine w/o contrast.",
    )  # fmt: skip
    bundle = record(
        "72148", first, second,
        order={"authoredOn": "2026-03-25", "occurrenceDateTime": "2026-04-08"},
    )  # fmt: skip
    return status(bundle, "LMRI-003", as_of=date(2026, 4, 1))["status"]


@pytest.mark.parametrize(
    "hpi",
    [
        "Completed PT 1/27-3/10 (12 visits) and naproxen 6 wks - still 6/10 leg pain below knee.",
        "PT completed 1/27-3/10 (12 visits), still L leg pain 6/10, can't sit through shift.",
    ],
)
def test_care_told_with_the_leg_pain_left_is_the_backs(hpi: str) -> None:
    assert _care(hpi) == "met"


def test_care_named_for_the_knee_stays_the_knees() -> None:
    hpi = "Completed PT for the R knee 1/27-3/10 (12 visits) - still R knee pain."
    assert _care(hpi) != "met"
