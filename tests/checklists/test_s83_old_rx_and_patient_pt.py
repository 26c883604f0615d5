"""A drug taken now and then from an old prescription is no provider-directed trial, and "Pt is
a 37 yo F" is the patient, not physical therapy (brief s83-agents; blind wave 98, NL/lmri-02).

"Takes the cyclobenzaprine occasionally from an old Rx." was read as prescribed use (its "Rx"),
and "Pt is a 37 yo F w/ R low back pain ... (started ~12/28 shoveling). h/o chiropractic care
for back in '24" gave the chiropractic of 2024 the pain's onset: "Pt" made the pain's clause one
about care (TREATMENT_CLAUSE's "pt"), so the onset was not blanked from the care's words, and the
two made 66 days of care in LMRI-003's window where none was had.

What must not change: a drug taken occasionally as prescribed now ("Rx'd ... takes it rarely"),
a drug taken daily from an old Rx; care begun at the onset with its own dates; "PT reports" and
"PT is helping" (therapy) keep their clause one of care.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.occasional_use import own_occasional_use
from smartapp.checklists.symptom_times import symptom_spans

from .test_judgement import _note, record, status
from .test_s78_seldom_taken_order import _finding


@pytest.mark.parametrize(
    "snippet",
    [
        "Takes the cyclobenzaprine occasionally from an old Rx.",
        "Uses cyclobenzaprine now and then, leftover from a prior prescription.",
        "Takes cyclobenzaprine rarely from an expired Rx.",
        "Sometimes takes cyclobenzaprine from her husband's prescription.",
    ],
)
def test_seldom_use_from_an_old_prescription_is_the_patients_own(snippet: str) -> None:
    assert own_occasional_use(_finding(snippet)), snippet


@pytest.mark.parametrize(
    "snippet",
    [
        "Rx'd cyclobenzaprine - takes it rarely.",
        "cyclobenzaprine prescribed, uses it occasionally.",
        "Takes cyclobenzaprine nightly from an old Rx.",
    ],
)
def test_a_prescription_of_now_or_regular_use_is_not_own_occasional_use(snippet: str) -> None:
    assert not own_occasional_use(_finding(snippet)), snippet


def _lmri003(*notes: dict) -> str:
    order = {"authoredOn": "2026-03-04", "occurrenceDateTime": "2026-03-12"}
    bundle = record("72148", *notes, reason="M54.41", order=order)
    return status(bundle, "LMRI-003", as_of=dt.date(2026, 3, 4))["status"]


def test_an_old_rx_taken_occasionally_and_chiro_of_an_old_episode_are_no_trial() -> None:
    first = _note(
        "n1", "2026-01-08",
        "HPI: Pt is a 37 yo F w/ R low back pain into R buttock since \"over the holidays\" "
        "(started ~12/28 shoveling). h/o chiropractic care for back in '24, resolved.\n"
        "A/P: Lumbago w/ R sciatica. PT referral placed. Discussed NSAIDs; pt prefers to wait.",
    )  # fmt: skip
    second = _note(
        "n2", "2026-03-04",
        "HPI: Still with R buttock pain, ~2 months now. Never went to PT. Has not tried any "
        "NSAIDs. Takes the cyclobenzaprine occasionally from an old Rx.",
    )  # fmt: skip
    assert _lmri003(first, second) != "met"


def test_care_taken_since_the_onset_keeps_its_weeks() -> None:
    first = _note(
        "n1", "2026-01-08",
        "HPI: Pt is a 37 yo F w/ R low back pain since 12/28. On naproxen 500 mg BID since "
        "12/28 and chiropractic weekly since 1/2, no better.",
    )  # fmt: skip
    second = _note(
        "n2", "2026-03-04",
        "HPI: Still with R buttock pain. Naproxen 500 BID and weekly chiropractic continue, "
        "no relief.",
    )  # fmt: skip
    assert _lmri003(first, second) == "met"


_ONSET = 'Pt is a 37 yo F w/ low back pain since "the holidays" (started ~12/28 shoveling). '


@pytest.mark.parametrize(
    "text",
    [
        _ONSET + "h/o chiropractic care in '24.",
        "Pt reports low back pain (started ~12/28 shoveling). h/o chiro in '24.",
        "pt 37 yo w/ low back pain (started ~12/28). h/o chiro.",
    ],
)
def test_the_patients_pain_clause_times_the_pain(text: str) -> None:
    at = text.lower().find("chiro")
    assert symptom_spans(text, [at], dt.date(2026, 1, 8)), text


@pytest.mark.parametrize(
    "text",
    [
        "PT reports pain better x 6 wks; chiro.",
        "PT is helping the back pain x 6 wks, chiro too.",
    ],
)
def test_therapy_written_pt_keeps_the_clause_one_of_care(text: str) -> None:
    at = text.lower().find("chiro")
    assert not symptom_spans(text, [at], dt.date(2026, 1, 8)), text
