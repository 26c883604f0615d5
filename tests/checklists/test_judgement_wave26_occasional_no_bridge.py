"""A drug the patient takes now and then on their own carries no episode on from care stopped
weeks before (blind wave 26, CQ/aim-03): 'Tried gabapentin in Feb - dizzy, quit after 4 days.'
and 'Takes OTC Tylenol occasionally.' in an April visit made one episode 2026-02-01 to 04-06
(64 days) for AIM-003, the undated Tylenol read as care going on. Wave 18 split an episode
where care stopped and a pause longer than the trial followed; occasional own use is no
sustained care that bridges that pause. Care going on now ('continues naproxen BID', 'HEP
daily') still does."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_RADICULOPATHY = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "M54.12"}]},
    "onsetDateTime": "2026-01-10",
}


def _aim(line: str) -> str:
    text = (
        "Office Visit 04/06/2026\nHPI: neck pain radiating to R arm since Jan 10. Tried"
        f" gabapentin in Feb - dizzy, quit after 4 days. {line}\n"
        "Exam: Spurling + R. Biceps reflex 1+ R.\nA/P: R C6 radiculopathy. MRI C-spine."
    )
    order = {"authoredOn": "2026-04-06", "occurrenceDateTime": "2026-04-21"}
    bundle = record(
        "72141", _RADICULOPATHY, _note("d1", "2026-04-06", text), reason="M54.12", order=order
    )
    report = score_bundle(bundle, service="72141", as_of=date(2026, 4, 10))
    return {i["id"]: i for i in report["items"]}["AIM-003"]["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Takes OTC Tylenol occasionally.",
        "Uses ibuprofen here and there.",
        "Takes Aleve sometimes when it's bad.",
    ],
)
def test_occasional_own_use_bridges_no_pause(line: str) -> None:
    assert _aim(line) != "met", line


@pytest.mark.parametrize(
    "line",
    [
        "Naproxen 500 BID since 2/15, no relief.",
        "PT 2x/wk 2/10-3/30 (14 visits), no improvement.",
    ],
)
def test_care_that_ran_on_still_counts(line: str) -> None:
    assert _aim(line) == "met", line


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Tried gabapentin in Feb - dizzy, quit after 4 days.", [4]),
        ("Meloxicam 15 mg - stopped it after 2 wks (GI upset).", [14]),
        # How long a drug worked is no course of it.
        ("Naproxen stopped working after 2 weeks.", []),
    ],
)
def test_a_drug_quit_after_days_is_that_many_days(text: str, days: list[int]) -> None:
    from smartapp.notes.durations import find_durations

    assert [d.days for d in find_durations(text, None)] == days, text
