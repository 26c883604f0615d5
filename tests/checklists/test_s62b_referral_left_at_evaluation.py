"""A referral's date is no start of care the next clause says was left at its evaluation
(left_at_evaluation.py): "PCP sent her for PT in Jan; went to the eval then stopped" and
meloxicam from 4/20 are no three months of nonoperative care before a hip arthroplasty (blind
wave 62, IA/surgery-hip-arthroplasty-03). A referral whose care went on still dates the course."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_ORDER = {"authoredOn": "2026-05-11", "occurrenceDateTime": "2026-06-15"}


def _tha_002(therapy: str) -> str:
    text = (
        "S: 67F L hip pain since Christmas, trouble with stairs. "
        f"{therapy} Meloxicam started 4/20, still taking.\n"
        "A/P: L hip OA. Plan L THA."
    )
    bundle = record("27130", _note("n1", "2026-05-11", text), reason="M16.12", order=_ORDER)
    return status(bundle, "THA-002", as_of=date(2026, 5, 15))["status"]


@pytest.mark.parametrize(
    "therapy",
    [
        'PCP sent her for PT in Jan; went to the eval then stopped ("too far to drive").',
        "Referred to PT 1/12/26 - went to the evaluation only, never went back.",
        "PT referral 1/2026, attended eval + 1 visit then quit (copay).",
        "Was referred to physical therapy in January, went once and stopped going.",
        "Ref to physio 1/8/26; did the initial eval, didn't return.",
        "Refered to PT 1/10/26, went to the eval and then quit.",
        "She was sent to PT in mid-January; had 2 visits and then stopped d/t cost.",
        "PCP ordered PT 1/5/26 - eval only, did not return (transportation).",
    ],
)
def test_a_referral_left_at_its_evaluation_starts_no_episode(therapy: str) -> None:
    assert _tha_002(therapy) != "met", therapy


@pytest.mark.parametrize(
    "therapy",
    [
        "Referred to PT 1/12/26; completed 12 visits, then stopped when improved.",
        "Sent for PT in Jan, went 2x/wk x 8 wks then stopped.",
        "Referred to PT 1/12/26, went to the eval, continues 2x/wk.",
        "PT 1/12/26-3/20/26, 12 visits, then stopped.",
        "Sent to PT 1/12/26 after the initial eval, goes once a week, only partial relief.",
    ],
)
def test_a_referral_whose_care_went_on_still_dates_it(therapy: str) -> None:
    assert _tha_002(therapy) == "met", therapy
