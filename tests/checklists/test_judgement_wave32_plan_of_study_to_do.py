"""The ordering visit's plan for a study not yet done is that study's plan (blind wave 32,
DP/imaging-02): a neurology visit wrote "MRI brain w/ and w/o contrast - if lesion, neurosurgery
referral; if normal + EEG abnl, start levetiracetam" and the brain MRI's authorization was sought
75 days later, the only contact between them a portal message. AIM-004 read the plan as outside
its 60 days. A plan statement that names the requested study's modality, of no other region, is
that study's plan while no report of that modality has been filed since (scheduled.py); once an
MRI has been done, the old plan was for it."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

_VISIT = (
    "NEUROLOGY CONSULT\nHPI: first unprovoked seizure two weeks ago.\n"
    "Plan: MRI brain with and without contrast - if a lesion is seen, refer to neurosurgery.\n"
)
_ORDER = {
    "authoredOn": "2026-02-20",
    "occurrenceDateTime": "2026-03-05",
    "code": {
        "coding": [
            {
                "system": "http://www.ama-assn.org/go/cpt",
                "code": "70553",
                "display": "MRI brain without and with contrast",
            }
        ],
    },
}
_AS_OF = date(2026, 2, 24)


def _aim_004(*more: dict, visit: str = _VISIT, day: str = "2025-12-08") -> str:
    message = _note("msg", "2026-02-19", "Portal message: any news on my MRI approval?")
    bundle = record("70553", _note("visit", day, visit), message, *more, reason="R56.9",
                    order=_ORDER)  # fmt: skip
    return status(bundle, "AIM-004", as_of=_AS_OF)["status"]


def test_the_ordering_visits_plan_for_the_study_counts_however_long_approval_took() -> None:
    assert _aim_004() == "met"


def test_a_plan_for_another_region_or_study_does_not() -> None:
    other = _VISIT.replace("MRI brain", "MRI lumbar spine")
    assert _aim_004(visit=other) != "met"
    ct = _VISIT.replace("MRI brain with and without contrast", "CT head")
    assert _aim_004(visit=ct) != "met"


def test_a_plan_whose_study_was_done_since_was_for_that_study() -> None:
    report = _note("mri", "2026-01-05", "MRI BRAIN\nIMPRESSION: No acute abnormality.",
                   extra={"description": "MRI brain"})  # fmt: skip
    report["type"] = {"text": "MRI brain"}
    assert _aim_004(report) != "met"
