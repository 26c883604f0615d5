"""A problem-list entry's ``onsetString`` dates its onset, as onsetDateTime would
(evidence/performed_when.onset_stated). Blind wave 63, IF/spinal-injections-03: "Spinal
stenosis, lumbar region with neurogenic claudication", onsetString "2025-06" and no other date,
was undated, so IPN-001's symptom duration (at least 4 weeks) was partial for leg symptoms of
ten months. A year or month alone counts from its last day for a duration (latest_days.py), a
vague or relative onset stays unread, and a later onset the newest note states still governs.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_NOTE = _note("n1", "2026-02-20", "LBP radiating to L leg. Exam: SLR + L. Plan MRI.")


def _lmri_002(recorded: str | None = None, **onset: str) -> str:
    condition = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M54.16"}]},
        **({"recordedDate": recorded} if recorded else {}),
        **onset,
    }
    return status(record("72148", _NOTE, condition), "LMRI-002")["status"]


@pytest.mark.parametrize("onset", ["2019", "2025-06", "2025-12", "March 2024", "Fall 2025"])
@pytest.mark.parametrize("recorded", [None, "2026-02-20"])
def test_a_stated_onset_string_dates_the_onset(onset: str, recorded: str | None) -> None:
    assert _lmri_002(recorded, onsetString=onset) == "met"


@pytest.mark.parametrize("onset", ["2026", "since childhood", "about 6 months ago", "2026-02"])
def test_an_uncertain_vague_or_recent_onset_shows_no_six_weeks(onset: str) -> None:
    assert _lmri_002("2026-02-20", onsetString=onset) == "partial"


def test_a_year_alone_as_onset_date_time_counts_from_its_last_day() -> None:
    assert _lmri_002(onsetDateTime="2026") == "partial"
    assert _lmri_002(onsetDateTime="2025") == "met"
